package org.menkou.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import org.menkou.content.KioskTextLayout;
import org.menkou.content.Text;
import org.menkou.hardware.KioskKey;

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

    /** Called when the screen comes (back) to the top of the stack; content may have changed meanwhile. */
    protected void onShow() {
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

    public final ScreenView view(Layout layout) {
        Pages pages = paginate(layout);
        page = Math.min(page, pages.count() - 1);
        List<Choice> choices = new ArrayList<>();
        for (Placed p : pages.optionsOn(page)) {
            choices.add(new Choice(p.digit(), p.option().label(), p.option().phrases()));
        }
        focus = choices.isEmpty() ? -1 : Math.max(0, Math.min(focus, choices.size() - 1));
        return new ScreenView(Text.clean(title()), pages.linesOn(page), choices, focus, hint,
                keyHelp(choices, pages.count()), page + 1, pages.count(), tone());
    }

    /**
     * Reacts to a key. 0 (home) and the emergency key are the navigator's; everything else comes here.
     *
     * @param key the key, or null for a key the kiosk does not know (a letter typed on a keyboard)
     */
    public final Transition press(KioskKey key, Layout layout) {
        Pages pages = paginate(layout);
        List<Placed> onPage = pages.optionsOn(Math.min(page, pages.count() - 1));
        hint = "";
        if (key == null) {
            hint = "这个键不能用。" + digitsHint(onPage);
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
                    hint = "这一页没有可以确认的选项。按返回键回上一步。";
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
        hint = "没有这个选项。" + digitsHint(onPage);
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
            hint = "已经是第一页了。";
        } else if (target >= count) {
            hint = "已经是最后一页了。";
        } else {
            page = target;
            focus = 0;
        }
        return Transition.STAY;
    }

    private static String digitsHint(List<Placed> onPage) {
        if (onPage.isEmpty()) {
            return "按返回键回上一步，按0回首页。";
        }
        int max = onPage.stream().mapToInt(Placed::digit).filter(d -> d < PREVIOUS_PAGE_DIGIT).max().orElse(1);
        return max <= 1 ? "请按1选择，或按返回键。" : "请按1到" + max + "选择，或按返回键。";
    }

    private static String keyHelp(List<Choice> choices, int pages) {
        List<String> parts = new ArrayList<>();
        if (!choices.isEmpty()) {
            parts.add("按数字选择");
        }
        if (pages > 1) {
            parts.add("8上一页 9下一页");
        }
        parts.add("返回键回上一步");
        parts.add("0回首页");
        return String.join("，", parts);
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
        int perPage = Math.min(ScreenView.MAX_CHOICES, Math.max(1, layout.rows() - 1));
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
