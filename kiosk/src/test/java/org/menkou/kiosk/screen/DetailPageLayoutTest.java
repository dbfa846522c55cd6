package org.menkou.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.ServiceCategory;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.KioskKey;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.voice.VoiceLanguage;

/**
 * Every seeded policy, service item and notice, drawn page by page at the kiosk's widths in both languages: no
 * line breaks inside a phone number, price, date or time, and no line is wider than the layout.
 */
class DetailPageLayoutTest {
    /** Found independently of the layout's own rules: what a resident must read on one line. */
    private static final Pattern MUST_STAY_WHOLE = Pattern.compile(
            "\\d{3,4}-\\d{4} ?\\d{3,4}"
                    + "|[¥￥] ?\\d+(?:\\.\\d+)?"
                    + "|\\d+(?:\\.\\d+)? ?元"
                    + "|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]"
                    + "|\\d{1,2}[:：]\\d{2}"
                    + "|\\d{1,2}点(?:\\d{1,2}分|半)?");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final int[] WIDTHS = {20, 24, 28, KioskTextLayout.KIOSK_COLUMNS};

    @TempDir
    static Path dir;
    static ContentStore store;

    @BeforeAll
    static void seed() {
        store = SeededStore.create(dir, DAY);
    }

    @Test
    void noPageOfAnySeededPolicyServiceOrNoticeBreaksAPhoneNumberPriceDateOrTime() {
        List<Screen> screens = new ArrayList<>();
        store.policies().all().forEach(p -> screens.add(new PolicyDetailScreen(p, RequestOffer.NONE)));
        for (ServiceCategory c : store.categories().all()) {
            store.services().inCategory(c.id()).forEach(i -> screens.add(new ItemDetailScreen(i, RequestOffer.NONE)));
        }
        store.notices().all().forEach(n -> screens.add(new NoticeDetailScreen(n)));
        assertThat(screens).hasSizeGreaterThan(40);

        int checkedTokens = 0;
        for (Screen screen : screens) {
            for (VoiceLanguage language : VoiceLanguage.values()) {
                for (int width : WIDTHS) {
                    List<String> drawn = allPageLines(screen, new Layout(width, 14), language);
                    assertThat(drawn).allSatisfy(line -> assertThat(KioskTextLayout.columns(line))
                            .as("%s at width %d", line, width).isLessThanOrEqualTo(width));
                    String joined = String.join("\n", drawn);
                    Matcher m = MUST_STAY_WHOLE.matcher(screen.text());
                    while (m.find()) {
                        assertThat(joined).as("%s at width %d", screen.title(), width).contains(m.group());
                        checkedTokens++;
                    }
                }
            }
        }
        assertThat(checkedTokens).as("the seed has phone numbers, prices and times to check").isGreaterThan(100);
    }

    /** The lines of every page, turning pages with the right arrow as a resident would. */
    private static List<String> allPageLines(Screen screen, Layout layout, VoiceLanguage language) {
        List<String> lines = new ArrayList<>();
        ScreenView view = screen.view(layout, language);
        while (view.page() > 1) {
            screen.press(KioskKey.LEFT, layout, language);
            view = screen.view(layout, language);
        }
        lines.addAll(view.lines());
        while (view.page() < view.pages()) {
            screen.press(KioskKey.RIGHT, layout, language);
            view = screen.view(layout, language);
            lines.addAll(view.lines());
        }
        return lines;
    }
}
