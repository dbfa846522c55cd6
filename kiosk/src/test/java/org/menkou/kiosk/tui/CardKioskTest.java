package org.menkou.kiosk.tui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.meals.ScriptedCanteenServer;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/**
 * A kiosk as a resident with a real card meets it: the real TUI on an 80×24 virtual terminal, a store seeded for
 * {@link #DAY} at 08:00 Shanghai time, bookings answered by a {@link ScriptedCanteenServer}, and cards issued and
 * signed for that store as the server does. Work the kiosk posts to its UI thread runs on the TUI's thread.
 */
abstract class CardKioskTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final String ZHANG = "r-7k2m9q";   // 张桂英, AGE80: set A costs her 10元, may have meals delivered
    static final String CHEN = "r-h9c2vz";    // 陈明, STANDARD: set A costs 15元, collects at the canteen

    @TempDir
    Path dir;

    MutableClock clock;
    ContentStore store;
    ScriptedCanteenServer server;
    CardIssuer issuer;
    /** Whether the kiosk's voice hears spoken commands; off (keys only) until a test turns it on. */
    final AtomicBoolean listening = new AtomicBoolean();
    KioskApp app;
    VirtualKiosk k;

    @BeforeEach
    void startKiosk() throws Exception {
        clock = new MutableClock(DAY.atTime(8, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        store = SeededStore.create(dir, DAY);
        server = new ScriptedCanteenServer(store.database());
        issuer = CardIssuer.forDataDirectory(dir, store, clock, Period.ofYears(5));
        app = new KioskApp(store, clock, "wt-station-1", KioskFeatures.builder().language(VoiceLanguage.ZH_CN)
                .booking(server.bookings()).listening(listening::get).build());
        k = new VirtualKiosk(app.navigator(), 80, 24);
        app.uiThread().attach(task -> k.tui.post(() -> {
            task.run();
            k.tui.refresh();
        }));
    }

    @AfterEach
    void closeStore() {
        store.database().close();
    }

    /** Scans a freshly issued card of {@code resident} as a keyboard scanner delivers it; returns its payload. */
    String scan(String resident) throws Exception {
        String payload = issuer.issue(resident).payload();
        app.scanned(new ScannedCode(payload, ScannedCode.Source.KEYBOARD_SCANNER));
        k.tui.refresh();
        k.update();
        return payload;
    }

    /** The screen's text as one string. */
    String flat() {
        return MealBookingTuiTest.flat(k);
    }
}
