package org.menkou.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.KioskResident;
import org.menkou.content.Meal;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.CardKind;
import org.menkou.content.card.IssuedCard;
import org.menkou.content.card.RevocationReason;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.hardware.ScannedCode;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.meals.KioskMealBookings;
import org.menkou.kiosk.meals.ScriptedCanteenServer;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/** The resident session on the real screen model, a real SQLite store and cards signed as the server signs them. */
class ResidentSessionTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.now(SHANGHAI);
    static final String ZHANG = "r-7k2m9q";   // 张桂英, born 1941, tier AGE80
    static final String LI = "r-3f8x1w";      // 李建国, born 1950, tier DIBAO
    static final String CHEN = "r-h9c2vz";    // 陈明, born 1962, tier STANDARD

    @TempDir
    Path dir;

    ContentStore store;
    MutableClock clock;
    CardIssuer issuer;
    KioskApp app;

    @BeforeEach
    void start() {
        store = SeededStore.create(dir, DAY);
        clock = new MutableClock(DAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        issuer = CardIssuer.forDataDirectory(dir, store, clock, Period.ofYears(5));
        // The kiosk as it runs: booking set up (offline here), so the greeting offers 我的订餐.
        app = new KioskApp(store, clock, "wt-station-1", KioskFeatures.builder().language(VoiceLanguage.ZH_CN)
                .booking(KioskMealBookings.offline(Outbox.open(store.database(), clock))).build());
    }

    @Test
    void aValidCardGreetsByMaskedNameWithTierAndShortcutsAndZeroSaysGoodbyeAndLeavesNothingPersonal() {
        app.navigator().press(KioskKey.DIGIT_5);
        assertThat(shown()).contains("请把居民服务卡的二维码对准扫码口");

        String payload = issuer.issue(ZHANG).payload();
        scan(payload);

        assertThat(app.session().current()).hasValueSatisfying(r -> {
            assertThat(r.id()).isEqualTo(ZHANG);
            assertThat(r.maskedName()).isEqualTo("张*英");
            assertThat(r.tierCode()).isEqualTo("AGE80");
        });
        ScreenView greeting = view();
        assertThat(greeting.title()).isEqualTo("您好，张*英");
        assertThat(shown()).contains("80岁以上").doesNotContain("张桂英").doesNotContain(payload);
        assertThat(greeting.choices()).extracting(c -> c.label()).containsExactly("订餐", "我的订餐", "可能适合您的政策");
        assertThat(app.navigator().depth()).isEqualTo(2);

        app.navigator().press(KioskKey.DIGIT_0);

        assertThat(app.session().current()).isEmpty();
        assertThat(app.navigator().depth()).isEqualTo(1);
        assertThat(view().hint()).isEqualTo(CardSession.GOODBYE);
        assertThat(view().speakableText()).contains("再见，祝您身体健康");
        assertThat(shown()).doesNotContain("张*英").doesNotContain("80岁以上");
        app.navigator().press(KioskKey.DIGIT_4);
        app.navigator().press(KioskKey.DIGIT_0);
        assertThat(view().hint()).as("the goodbye is said once").isEmpty();
    }

    @Test
    void everyFailedKindGetsItsOwnSentenceAndTheCodeIsNeverShown() {
        IssuedCard revoked = issuer.issue(LI);
        issuer.revoke(revoked.card().cardId(), RevocationReason.LOST);
        String valid = issuer.issue(CHEN).payload();
        String forged = valid.substring(0, valid.length() - 3) + (valid.endsWith("AAA") ? "BBB" : "AAA");
        CardIssuer past = CardIssuer.forDataDirectory(dir, store,
                Clock.offset(clock, Duration.ofDays(-400)), Period.ofDays(30));
        String expired = past.issue(ZHANG).payload();
        app.cardDataChanged();

        List<String> codes = List.of(expired, revoked.payload(), forged, "https://pay.example.com/qr?id=123456", " ");
        List<CardKind> kinds = List.of(CardKind.EXPIRED, CardKind.REVOKED, CardKind.FORGED, CardKind.FOREIGN, CardKind.NONE);
        for (int i = 0; i < codes.size(); i++) {
            app.navigator().press(KioskKey.DIGIT_1);
            scan(codes.get(i));
            assertThat(app.session().current()).isEmpty();
            assertThat(shown()).as(kinds.get(i).label()).contains(kinds.get(i).sentence())
                    .doesNotContain("MK1").doesNotContain("pay.example").doesNotContain("r-");
            assertThat(app.navigator().depth()).isEqualTo(2);
        }
    }

    @Test
    void anotherCardSwitchesToTheNewResidentAndAFailedScanEndsTheSession() {
        scan(issuer.issue(ZHANG).payload());
        app.navigator().press(KioskKey.DIGIT_3);   // 可能适合您的政策
        scan(issuer.issue(LI).payload());

        assertThat(app.session().current()).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(LI));
        assertThat(view().title()).isEqualTo("您好，李*国");
        assertThat(shown()).contains("低保").doesNotContain("张*英");
        assertThat(app.navigator().depth()).isEqualTo(2);

        scan("随便什么文字12345678");
        assertThat(app.session().current()).isEmpty();
        assertThat(shown()).contains(CardKind.FOREIGN.sentence()).doesNotContain("李*国");
        app.navigator().press(KioskKey.DIGIT_0);
        assertThat(view().hint()).as("no goodbye: the refused scan ended the session").isEmpty();
    }

    @Test
    void idleTimeoutEndsTheSessionAndGoesHomeWithoutTheName() {
        scan(issuer.issue(ZHANG).payload());
        app.navigator().press(KioskKey.DIGIT_2);
        clock.advance(Navigator.IDLE_WARNING.plusSeconds(1));
        assertThat(app.navigator().tick()).isTrue();
        clock.advance(Navigator.IDLE_COUNTDOWN);
        app.navigator().tick();

        assertThat(app.session().current()).isEmpty();
        assertThat(app.navigator().depth()).isEqualTo(1);
        assertThat(shown()).doesNotContain("张*英").doesNotContain("再见");
    }

    @Test
    void scanningFromADeepScreenOrDuringTheIdleWarningIdentifiesAndBackOnTheGreetingEndsTheSession() {
        app.navigator().press(KioskKey.DIGIT_1);
        app.navigator().press(KioskKey.DIGIT_1);
        clock.advance(Navigator.IDLE_WARNING.plusSeconds(1));
        app.navigator().tick();
        assertThat(app.navigator().isWarningIdle()).isTrue();

        scan(issuer.issue(ZHANG).payload());
        assertThat(app.navigator().isWarningIdle()).isFalse();
        assertThat(view().title()).isEqualTo("您好，张*英");
        assertThat(app.navigator().depth()).isEqualTo(2);

        app.navigator().press(KioskKey.BACK);
        assertThat(app.session().current()).isEmpty();
        assertThat(app.navigator().depth()).isEqualTo(1);
        assertThat(view().hint()).isEqualTo(CardSession.GOODBYE);
    }

    @Test
    void anEmergencyScreenIsNotInterruptedByAScan() {
        app.navigator().press(KioskKey.EMERGENCY);
        String title = view().title();
        scan(issuer.issue(ZHANG).payload());
        assertThat(view().title()).isEqualTo(title);
        assertThat(app.session().current()).isEmpty();
    }

    @Test
    void likelyPoliciesFollowAgeAndTier() {
        scan(issuer.issue(ZHANG).payload());
        app.navigator().press(KioskKey.DIGIT_3);
        List<String> forZhang = labels();
        scan(issuer.issue(CHEN).payload());
        app.navigator().press(KioskKey.DIGIT_3);
        List<String> forChen = labels();

        int chenAge = DAY.getYear() - 1962;
        store.policies().all().forEach(p -> {
            Integer min = p.criteria().minAge();
            boolean economic = !p.criteria().economicStatus().isEmpty();
            if (economic) {
                assertThat(forChen).as("a STANDARD tier meets no economic status").doesNotContain(p.name());
            } else if (min == null || min <= chenAge) {
                assertThat(forChen).contains(p.name());
            } else {
                assertThat(forChen).doesNotContain(p.name());
            }
            if (!economic) {
                assertThat(forZhang).as("born 1941: every age limit is reached").contains(p.name());
            }
        });
        assertThat(forZhang).isNotEmpty();
        assertThat(forChen).hasSizeLessThan(forZhang.size());
    }

    @Test
    void aSyncedReplicaIsPreferredAndTheShortcutsHookGetsTheResident() {
        store.kioskResidents().save(new KioskResident(ZHANG, "张*英", "DIBAO", "wt-station-1", 1941));
        List<IdentifiedResident> asked = new ArrayList<>();
        KioskApp withHook = new KioskApp(store, clock, null, KioskFeatures.builder().greeting((r, language) -> {
            asked.add(r);
            return List.of(Option.of("我的订餐", () -> Transition.STAY));
        }).build());
        withHook.scanned(new ScannedCode(issuer.issue(ZHANG).payload(), ScannedCode.Source.KEYBOARD_SCANNER));
        assertThat(withHook.navigator().view().lines()).anyMatch(l -> l.contains("低保"));
        assertThat(asked).extracting(IdentifiedResident::id).contains(ZHANG);

        // A resident the replica does not (yet) know is not identified.
        withHook.scanned(new ScannedCode(issuer.issue(LI).payload(), ScannedCode.Source.KEYBOARD_SCANNER));
        assertThat(withHook.session().current()).isEmpty();
        assertThat(String.join("", withHook.navigator().view().lines())).contains("居民资料还没有到这台一体机");
    }

    @Test
    void aKioskWithoutTheSigningKeySaysItCannotReadCardsYet(@TempDir Path other) {
        ContentStore bare = SeededStore.create(other, DAY);
        KioskApp kiosk = new KioskApp(bare, clock, null, KioskFeatures.basic());
        kiosk.scanned(new ScannedCode(issuer.issue(ZHANG).payload(), ScannedCode.Source.KEYBOARD_SCANNER));
        assertThat(String.join("", kiosk.navigator().view().lines())).contains("还没有收到认卡的资料");
        assertThat(kiosk.session().current()).isEmpty();
    }

    @Test
    void aBookingSettledWhileTheResidentWasAwayIsToldAtTheirNextScan() {
        ScriptedCanteenServer server = new ScriptedCanteenServer(store.database());
        KioskApp kiosk = new KioskApp(store, clock, "wt-station-1",
                KioskFeatures.builder().language(VoiceLanguage.ZH_CN).booking(server.bookings()).build());
        server.online(false);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        server.bookings().book(new BookingRequest(KioskMealBookings.newBookingId(), "wt-canteen", tomorrow, Meal.LUNCH,
                "A", ZHANG, "AGE80", false, "wt-station-1"));
        server.online(true);
        server.round();

        kiosk.scanned(new ScannedCode(issuer.issue(ZHANG).payload(), ScannedCode.Source.KEYBOARD_SCANNER));

        assertThat(String.join("", kiosk.navigator().view().lines())).contains("您的订餐：明天午餐，A套餐，堂吃，已确认1号。");
    }

    private void scan(String text) {
        app.scanned(new ScannedCode(text, ScannedCode.Source.KEYBOARD_SCANNER));
    }

    private ScreenView view() {
        return app.navigator().view();
    }

    /** The labels of every choice on every page of the current screen. */
    private List<String> labels() {
        List<String> all = new ArrayList<>(view().choices().stream().map(c -> c.label()).toList());
        while (view().page() < view().pages()) {
            app.navigator().press(KioskKey.DIGIT_9);
            all.addAll(view().choices().stream().map(c -> c.label()).toList());
        }
        return all;
    }

    /** Everything the current view shows or says. */
    private String shown() {
        ScreenView v = view();
        return v.title() + "\n" + String.join("\n", v.lines()) + "\n" + v.hint() + "\n" + v.speakableText();
    }
}
