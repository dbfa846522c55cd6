package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What a resident does again and again at the demo's kiosk in tmux: goes home (ending their card session there),
 * scans their card until the kiosk knows its key, and picks 订餐 where the meal screens offer it first.
 */
final class ResidentAtKiosk {
    /** The demo syncs every few seconds in the journeys; the card key reaches the kiosk well within this. */
    private static final Duration SYNC = Duration.ofSeconds(30);
    private final KioskTerminal kiosk;
    private String card;

    ResidentAtKiosk(KioskTerminal kiosk) {
        this.kiosk = kiosk;
    }

    /** The payload of the resident's card, read from its printed QR code. */
    void holds(String cardPayload) {
        this.card = cardPayload;
    }

    String card() {
        return card;
    }

    /** 0 返回首页, and wait for the home screen; a resident identified by card is signed out there (结束…). */
    void home() throws Exception {
        kiosk.press("0");
        String screen = kiosk.waitUntil("the home screen", ResidentAtKiosk::isHome, Duration.ofSeconds(10));
        String end = endSessionChoice(screen);
        if (end != null) {
            kiosk.press(end);
            kiosk.waitUntil("the home screen without a card session", s -> isHome(s) && endSessionChoice(s) == null,
                    Duration.ofSeconds(10));
        }
    }

    static boolean isHome(String screen) {
        return screen.contains("9  紧急呼叫") && KioskTerminal.title(screen).endsWith("首页");
    }

    /** The digit of the home screen's choice that ends a card session, or null when nobody is identified. */
    private static String endSessionChoice(String screen) {
        return KioskTerminal.choices(screen).entrySet().stream().filter(e -> e.getValue().startsWith("结束"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * Scans the card until the kiosk greets the resident (the card key reaches it with a sync); a scan read wrong
     * (不是居民服务卡) is scanned again, as a person would. Returns the greeting.
     */
    String scanCard() throws Exception {
        Instant deadline = Instant.now().plus(SYNC);
        while (true) {
            kiosk.scannerBurst(card);
            String screen = kiosk.waitUntil("a greeting or a refusal", s -> s.contains("您好，") || s.contains("不能刷卡")
                    || s.contains("认不出") || s.contains("不是居民服务卡"), Duration.ofSeconds(10));
            if (screen.contains("您好，")) {
                return screen;
            }
            assertThat(Instant.now()).as("the kiosk accepts the server's card within %s; last screen:%n%s", SYNC, screen)
                    .isBefore(deadline);
            kiosk.press("Escape");
            Thread.sleep(3000);
        }
    }

    /** The meal screen lists 订餐 / 我的订餐 / 看菜单 first; other screens go straight to the days. */
    void chooseIfOffered(String label) throws Exception {
        String screen = kiosk.waitUntil("the meal screens", s -> s.contains("订哪一天") || KioskTerminal.title(s).equals(label),
                Duration.ofSeconds(10));
        if (!screen.contains("订哪一天")) {
            kiosk.choose(label);
        }
    }
}
