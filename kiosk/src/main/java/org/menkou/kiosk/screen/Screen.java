package org.menkou.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.Text;
import org.menkou.hardware.KioskKey;
import org.menkou.voice.VoiceLanguage;

/**
 * A screen of the kiosk: a title, some text and at most six choices per page. This base class pages long text and
 * long lists (8 上一页 / 9 下一页), keeps the focus for 确认 and the arrow keys, and answers keys that do nothing
 * here with a short hint. Subclasses say what to show; they never see Lanterna. Not thread-safe: used on the UI
 * thread only.
 */
public abstract class Screen {
    static final int PREVIOUS_PAGE_DIGIT = 8;
    static final int NEXT_PAGE_DIGIT = 9;

    private int page;
    private int focus;
    private String hint = "";
    private VoiceLanguage language = VoiceLanguage.ZH_CN;

    /** The title, short. */
    public abstract String title();

    /** Body text (paragraphs separated by line feeds); cleaned of escape sequences before it is laid out. */
    protected String text() {
        return "";
    }

    /** Every choice, in order. More than fit on a page are paged; each page has at most six. */
    protected List<Option> options() {
        return List.of();
    }

    protected Tone tone() {
        return Tone.NORMAL;
    }

    /** What 返回 does here; override to refuse (e.g. during an emergency call). */
    protected Transition onBack() {
        return Transition.BACK;
    }

    /** Spoken phrases for this screen's own keys (see {@link #onOtherDigit}); none by default. */
    protected Map<String, KioskKey> keyPhrases() {
        return Map.of();
    }

    /**
     * A digit that picks no choice and turns no page; a screen with a key of its own (home's 8 for the other
     * language) handles it here. Null (the default) answers with the "no such choice" hint.
     */
    protected Transition onOtherDigit(int digit) {
        return null;
    }

    /** Called when the screen comes (back) to the top of the stack; content may have changed meanwhile. */
    protected void onShow() {
    }

    /** The language of the view or key being handled now; subclasses word their texts in it. */
    protected final VoiceLanguage language() {
        return language;
    }

    /**
     * Lets a screen take a key before the usual handling (e.g. digits typed into a PIN); returns null to leave the
     * key to the usual handling.
     */
    protected Transition onKey(KioskKey key) {
        return null;
    }

    /** Sets the hint shown (and spoken) with the next view; screens use it for their own messages. */
    protected final void hint(String sentence) {
        hint = sentence;
    }

    /** The current page in Chinese. */
    public final ScreenView view(Layout layout) {
        return view(layout, VoiceLanguage.ZH_CN);
    }

    /** The current page, the kiosk's own words in {@code lang}. */
    public final ScreenView view(Layout layout, VoiceLanguage lang) {
        language = lang;
        Pages pages = paginate(layout);
        page = Math.min(page, pages.count() - 1);
        List<Choice> choices = new ArrayList<>();
        for (Placed p : pages.optionsOn(page)) {
            choices.add(new Choice(p.digit(), p.option().label(), p.option().phrases()));
        }
        focus = choices.isEmpty() ? -1 : Math.max(0, Math.min(focus, choices.size() - 1));
        return new ScreenView(Text.clean(title()), pages.linesOn(page), choices, focus, hint,
                String.join(Ui.HELP_SEPARATOR.in(language), keyHelp(choices, pages.count())), page + 1, pages.count(), tone(),
                language, keyPhrases());
    }

    /**
     * Reacts to a key. 0 (home) and the emergency key are the navigator's; everything else comes here.
     *
     * @param key the key, or null for a key the kiosk does not know (a letter typed on a keyboard)
     */
    public final Transition press(KioskKey key, Layout layout) {
        return press(key, layout, VoiceLanguage.ZH_CN);
    }

    /** Like {@link #press(KioskKey, Layout)}, with hints in {@code lang}. */
    public final Transition press(KioskKey key, Layout layout, VoiceLanguage lang) {
        language = lang;
        Pages pages = paginate(layout);
        List<Placed> onPage = pages.optionsOn(Math.min(page, pages.count() - 1));
        hint = "";
        if (key == null) {
            hint = Ui.HINT_KEY_UNUSABLE.in(language) + digitsHint(onPage);
            return Transition.STAY;
        }
        Transition own = onKey(key);
        if (own != null) {
            return own;
        }
        switch (key) {
            case BACK:
                return onBack();
            case UP:
                focus = Math.max(0, focus - 1);
                return Transition.STAY;
            case DOWN:
                focus = Math.min(Math.max(0, onPage.size() - 1), focus + 1);
                return Transition.STAY;
            case LEFT:
                return turn(-1, pages.count());
            case RIGHT:
                return turn(1, pages.count());
            case CONFIRM:
                if (onPage.isEmpty()) {
                    hint = Ui.HINT_NOTHING_TO_CONFIRM.in(language);
                    return Transition.STAY;
                }
                return onPage.get(Math.min(focus, onPage.size() - 1)).option().action().get();
            default:
                break;
        }
        int digit = key.digit().orElse(-1);
        for (Placed p : onPage) {
            if (p.digit() == digit) {
                return p.option().action().get();
            }
        }
        if (pages.count() > 1 && digit == PREVIOUS_PAGE_DIGIT) {
            return turn(-1, pages.count());
        }
        if (pages.count() > 1 && digit == NEXT_PAGE_DIGIT) {
            return turn(1, pages.count());
        }
        Transition screenKey = onOtherDigit(digit);
        if (screenKey != null) {
            return screenKey;
        }
        hint = Ui.HINT_NO_SUCH_CHOICE.in(language) + digitsHint(onPage);
        return Transition.STAY;
    }

    /** Back to the first page and the first choice, with no hint: how a screen looks when it is opened. */
    final void reset() {
        page = 0;
        focus = 0;
        hint = "";
    }

    private Transition turn(int delta, int count) {
        int target = page + delta;
        if (target < 0) {
            hint = Ui.HINT_FIRST_PAGE.in(language);
        } else if (target >= count) {
            hint = Ui.HINT_LAST_PAGE.in(language);
        } else {
            page = target;
            focus = 0;
        }
        return Transition.STAY;
    }

    private String digitsHint(List<Placed> onPage) {
        if (onPage.isEmpty()) {
            return Ui.HINT_NO_CHOICES.in(language);
        }
        int max = onPage.stream().mapToInt(Placed::digit).filter(d -> d < PREVIOUS_PAGE_DIGIT).max().orElse(1);
        return max <= 1 ? Ui.HINT_PRESS_ONE.in(language) : Ui.HINT_PRESS_RANGE.format(language, max);
    }

    /** What the keys do on this page; screens with a key of their own (home's 8 English) add to it. */
    protected List<String> keyHelp(List<Choice> choices, int pages) {
        List<String> parts = new ArrayList<>();
        if (!choices.isEmpty()) {
            parts.add(Ui.HELP_DIGITS.in(language));
        }
        if (pages > 1) {
            parts.add(Ui.HELP_PAGES.in(language));
        }
        parts.add(Ui.HELP_BACK.in(language));
        parts.add(Ui.HELP_HOME.in(language));
        return parts;
    }

    private record Placed(int digit, Option option) {
    }

    /** How text and options are spread over pages for one layout. */
    private record Pages(List<List<String>> lines, List<List<Placed>> options) {
        int count() {
            return Math.max(lines.size(), options.size());
        }

        List<String> linesOn(int page) {
            return page < lines.size() ? lines.get(page) : List.of();
        }

        List<Placed> optionsOn(int page) {
            if (options.size() == 1) {
                return options.get(0);
            }
            return page < options.size() ? options.get(page) : List.of();
        }
    }

    private Pages paginate(Layout layout) {
        List<String> wrapped = new ArrayList<>();
        String body = Text.clean(text());
        if (body != null && !body.isEmpty()) {
            wrapped.addAll(KioskTextLayout.wrap(body, layout.columns()));
        }
        List<Option> all = options();
        List<List<Placed>> optionPages = new ArrayList<>();
        // A page holds its choices, and with text at least one line of it and the blank line before the choices.
        int textAndGap = wrapped.isEmpty() ? 0 : 2;
        int perPage = Math.min(ScreenView.MAX_CHOICES, Math.max(1, layout.rows() - textAndGap));
        if (all.size() <= perPage) {
            // Few choices: the same ones on every page of text.
            optionPages.add(number(all));
        } else {
            for (int i = 0; i < all.size(); i += perPage) {
                optionPages.add(number(all.subList(i, Math.min(all.size(), i + perPage))));
            }
        }
        int choiceRows = optionPages.size() == 1 ? optionPages.get(0).size() : perPage;
        int textRows = Math.max(1, layout.rows() - choiceRows - (choiceRows > 0 && !wrapped.isEmpty() ? 1 : 0));
        List<List<String>> linePages = new ArrayList<>();
        for (int i = 0; i < wrapped.size(); i += textRows) {
            linePages.add(wrapped.subList(i, Math.min(wrapped.size(), i + textRows)));
        }
        if (optionPages.size() > 1 && !linePages.isEmpty()) {
            // A paged list keeps its introduction on every page.
            List<String> intro = linePages.get(0);
            linePages.clear();
            optionPages.forEach(p -> linePages.add(intro));
        }
        if (linePages.isEmpty()) {
            linePages.add(List.of());
        }
        return new Pages(linePages, optionPages);
    }

    private static List<Placed> number(List<Option> options) {
        List<Placed> placed = new ArrayList<>();
        int next = 1;
        for (Option o : options) {
            placed.add(new Placed(o.digit() != 0 ? o.digit() : next++, o));
        }
        return placed;
    }
}
