package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 5: after 8 on the home screen, the screens of journeys 2 and 3 speak English. Content (names of services,
 * policies, notices, the station) stays as staff wrote it, so the checks are on the kiosk's own words: titles it
 * makes, prompts, its choices and the key help at the bottom, which must hold no Chinese characters.
 */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageJourney implements JourneyEvidence.Witness {
    /** A booking's result page: confirmed, saved for later (the server answered after the kiosk's wait) or refused. */
    private static final Set<String> RESULT_TITLES = Set.of("Booked", "Saved, not yet confirmed", "Not booked");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    private DemoRun demo;
    private KioskTerminal kiosk;
    private StaffBrowser browser;
    private AlarmBoard board;
    private String station;

    @Override
    public DemoRun demo() {
        return demo;
    }

    @Override
    public StaffBrowser browser() {
        return browser;
    }

    @BeforeAll
    void startDemo() throws Exception {
        demo = DemoRun.start();
        kiosk = demo.kiosk;
        station = KioskTerminal.title(kiosk.screen()).replaceAll("\\s*首页$", "");
        browser = demo.adminBrowser();
        board = new AlarmBoard(browser, demo);
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    @Order(1)
    void eightOnTheHomeScreenSwitchesTheHomeScreenToEnglish() throws Exception {
        kiosk.press("8");
        String home = kiosk.waitUntil("the home screen in English", s -> s.contains("Find services"), Duration.ofSeconds(10));
        kiosksOwnWordsAreEnglish(home, KioskTerminal.title(home).replace(station, ""));
        KioskTerminal.choices(home).values().forEach(choice -> assertThat(choice).doesNotContainPattern(CJK));
    }

    @Test
    @Order(2)
    void servicesAndTheirDetail() throws Exception {
        home();
        kiosk.press("1");
        String services = kiosk.waitForTitle("Find services");
        assertThat(services).contains("Choose a kind of service");
        kiosksOwnWordsAreEnglish(services, KioskTerminal.title(services));
        kiosk.press("1");
        String category = kiosk.waitUntil("a category", s -> !KioskTerminal.title(s).equals("Find services"), Duration.ofSeconds(10));
        kiosksOwnWordsAreEnglish(category, "");
        kiosk.press("1");
        String detail = kiosk.waitFor("[Who can use it]");
        assertThat(detail).doesNotContain("【");
        kiosksOwnWordsAreEnglish(detail, "");
    }

    @Test
    @Order(3)
    void aPolicySelfCheckToItsVerdict() throws Exception {
        home();
        kiosk.press("3");
        String policies = kiosk.waitForTitle("Policies");
        kiosksOwnWordsAreEnglish(policies, KioskTerminal.title(policies));
        String policy = KioskTerminal.choices(policies).get("1");
        kiosk.press("1");
        kiosk.waitUntil("the policy", s -> KioskTerminal.title(s).startsWith(policy), Duration.ofSeconds(10));
        kiosk.choose("Can I apply?");
        String question = kiosk.waitFor("Question 1 of");
        kiosksOwnWordsAreEnglish(question, KioskTerminal.title(question).replace(policy, ""));
        String screen = question;
        for (int i = 0; i < 10 && !screen.contains("Result:"); i++) {
            String before = screen;
            kiosk.choose("Yes");
            screen = kiosk.waitUntil("the next question or the verdict", s -> !s.equals(before), Duration.ofSeconds(10));
            screen = kiosk.waitUntil("a settled screen", s -> s.contains("Question") || s.contains("Result:"), Duration.ofSeconds(10));
        }
        assertThat(KioskTerminal.title(screen)).startsWith("Result:").doesNotContainPattern(CJK);
        kiosksOwnWordsAreEnglish(screen, KioskTerminal.title(screen));
    }

    @Test
    @Order(4)
    void aNotice() throws Exception {
        home();
        kiosk.press("4");
        String notices = kiosk.waitForTitle("Notices");
        kiosksOwnWordsAreEnglish(notices, KioskTerminal.title(notices));
        kiosk.press("1");
        String notice = kiosk.waitUntil("a notice", s -> !KioskTerminal.title(s).equals("Notices"), Duration.ofSeconds(10));
        kiosksOwnWordsAreEnglish(notice, "");
    }

    @Test
    @Order(5)
    void aWalkInBooksAMealInEnglish() throws Exception {
        home();
        kiosk.press("2");
        String screen = kiosk.waitUntil("the meal screens", s -> !s.contains("Find services"), Duration.ofSeconds(10));
        for (int step = 0; step < 8 && !RESULT_TITLES.contains(KioskTerminal.title(screen)); step++) {
            kiosksOwnWordsAreEnglish(screen, KioskTerminal.title(screen));
            List<String> choices = List.copyOf(KioskTerminal.choices(screen).values());
            String before = screen;
            String tomorrow = KioskTerminal.choices(screen).entrySet().stream().filter(e -> e.getValue().equals("Tomorrow"))
                    .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
            if (tomorrow != null) {
                kiosk.press(tomorrow);
            } else if (!choices.isEmpty()) {
                kiosk.press("1");
            } else {
                kiosk.press("Enter");
            }
            // The booking's own "Sending…" page updates itself into the result: wait for the page after it.
            screen = kiosk.waitUntil("the next meal screen",
                    s -> !s.equals(before) && !KioskTerminal.title(s).equals("Sending…"), Duration.ofSeconds(10));
        }
        assertThat(KioskTerminal.title(screen)).as("the walk-in's booking ends on its result page").isIn(RESULT_TITLES);
        kiosksOwnWordsAreEnglish(screen, KioskTerminal.title(screen));
    }

    @Test
    @Order(6)
    void theEmergencyPagesByNineOnTheHomeScreen() throws Exception {
        home();
        int before = board.count();
        kiosk.press("9");
        String alarm = kiosk.waitUntil("the alarm page", AlarmBoard::showsAlarmPage, Duration.ofSeconds(5));
        kiosksOwnWordsAreEnglish(alarm, alarm.replace(station, ""));
        board.exactlyOneNewAlarmAcknowledgedAndClosed(before, "9 on the English home screen");
    }

    @Test
    @Order(7)
    void theEmergencyPagesByF12OnADeepScreen() throws Exception {
        home();
        kiosk.press("1");
        kiosk.waitForTitle("Find services");
        int before = board.count();
        kiosk.press("F12");
        String alarm = kiosk.waitUntil("the alarm page", AlarmBoard::showsAlarmPage, Duration.ofSeconds(5));
        kiosksOwnWordsAreEnglish(alarm, alarm.replace(station, ""));
        board.exactlyOneNewAlarmAcknowledgedAndClosed(before, "F12 on an English screen");
    }

    private void home() throws Exception {
        kiosk.press("0");
        kiosk.waitUntil("the home screen in English", s -> s.contains("9  Emergency"), Duration.ofSeconds(10));
    }

    /**
     * The key help (below the last rule) and {@code ownText} (a title or text the kiosk writes itself) hold no
     * Chinese characters.
     */
    private static void kiosksOwnWordsAreEnglish(String screen, String ownText) {
        List<String> lines = screen.lines().toList();
        int rule = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("┣")) {
                rule = i;
            }
        }
        String keyHelp = String.join("\n", lines.subList(rule + 1, lines.size())).replaceAll("[┃┗━┛]", "");
        // The language key names the other language in its own words ("8 中文"), as on every bilingual device.
        assertThat(keyHelp.replace("8 中文", "")).as("key help in English on:%n%s", screen).doesNotContainPattern(CJK);
        assertThat(ownText.replaceAll("[┃┏┓┗┛┣┫━]", "")).as("the kiosk's own words in English on:%n%s", screen)
                .doesNotContainPattern(CJK);
    }
}
