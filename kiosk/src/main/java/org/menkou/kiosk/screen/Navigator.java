package org.menkou.kiosk.screen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.util.function.Supplier;
import org.menkou.content.protocol.AlarmSource;
import org.menkou.hardware.KioskKey;

/**
 * The stack of screens and the rules that hold on every screen: 0 goes home, the emergency key (and home's 9, and a
 * spoken 救命) opens the emergency call from anywhere, alarm pages included, and after {@link #IDLE_WARNING} without
 * input a warning asks for more time, counting down {@link #IDLE_COUNTDOWN} before going home and ending any
 * resident session. Testable without Lanterna: the TUI calls {@link #press}, {@link #tick} and {@link #view}. Not thread-safe: call it on the UI thread only.
 */
public final class Navigator {
    public static final Duration IDLE_WARNING = Duration.ofSeconds(90);
    public static final Duration IDLE_COUNTDOWN = Duration.ofSeconds(20);

    private final Deque<Screen> stack = new ArrayDeque<>();
    private final Supplier<Screen> home;
    private final Function<AlarmSource, Screen> emergency;
    private final Runnable endSession;
    private final Clock clock;
    private final UiLanguage language;
    private Layout layout;
    private Instant lastInput;
    private IdleScreen idle;

    /**
     * @param home       makes the home screen (called again after an idle timeout, so it starts fresh)
     * @param emergency  raises (or finds the call in progress) and makes the page of the emergency call, for a press
     *                   from the given source
     * @param endSession forgets the identified resident, if any; called on idle timeout, and when the kiosk goes home
     *                   (0 返回首页, or a screen's {@link Transition#HOME}) from a {@link LeavesSession} screen, before
     *                   the home screen is shown. Going home from any other screen keeps the session.
     */
    public Navigator(Supplier<Screen> home, Function<AlarmSource, Screen> emergency, Runnable endSession, Clock clock,
                     Layout layout) {
        this(home, emergency, endSession, clock, layout, new UiLanguage(org.menkou.voice.VoiceLanguage.ZH_CN));
    }

    /** @param language the language screens are shown in; the home screen may switch it */
    public Navigator(Supplier<Screen> home, Function<AlarmSource, Screen> emergency, Runnable endSession, Clock clock,
                     Layout layout, UiLanguage language) {
        this.language = language;
        this.home = home;
        this.emergency = emergency;
        this.endSession = endSession;
        this.clock = clock;
        this.layout = layout;
        this.lastInput = clock.instant();
        stack.push(home.get());
    }

    public ScreenView view() {
        return idle != null ? idle.view(layout, language.get()) : current().view(layout, language.get());
    }

    public Screen current() {
        return stack.peek();
    }

    /** The number of screens on the stack, home included. */
    public int depth() {
        return stack.size();
    }

    public void resize(Layout newLayout) {
        layout = newLayout;
    }

    /**
     * A key from the keypad or a keyboard; null for a key the kiosk does not know. The emergency key is a press from
     * {@link AlarmSource#KEY}; spoken commands and the button device call {@link #emergency} with their own source.
     */
    public void press(KioskKey key) {
        if (key == KioskKey.EMERGENCY) {
            emergency(AlarmSource.KEY);
            return;
        }
        lastInput = clock.instant();
        if (idle != null) {
            // Any key means someone is there; 确认 is what the warning asks for.
            idle = null;
            return;
        }
        if (key == KioskKey.DIGIT_0 && !(current() instanceof AlarmPage a && a.holdsKiosk())) {
            goHome();
            return;
        }
        apply(current().press(key, layout, language.get()));
    }

    /**
     * The emergency call from anywhere, never ignored: dismisses an idle warning and shows the call's page. Alarm pages
     * on top of the stack are replaced by the page the {@code emergency} function makes, which decides whether this
     * is a new call (only once the last one is over) or the same call again.
     */
    public void emergency(AlarmSource source) {
        lastInput = clock.instant();
        idle = null;
        while (depth() > 1 && current() instanceof AlarmPage) {
            stack.pop();
        }
        open(emergency.apply(source));
    }

    /**
     * Advances the idle clock; call about once a second. Returns true when what is shown changed (the warning
     * appeared, its countdown moved, or the kiosk went home).
     */
    public boolean tick() {
        if (current() instanceof AlarmPage || (depth() == 1 && idle == null && !sessionMayBeOpen())) {
            return false;
        }
        Duration quiet = Duration.between(lastInput, clock.instant());
        if (quiet.compareTo(IDLE_WARNING) < 0) {
            return false;
        }
        Duration left = IDLE_WARNING.plus(IDLE_COUNTDOWN).minus(quiet);
        if (left.isNegative() || left.isZero()) {
            idle = null;
            endSession.run();
            stack.clear();
            stack.push(home.get());
            lastInput = clock.instant();
            return true;
        }
        long seconds = (left.toMillis() + 999) / 1000;
        if (idle == null || idle.secondsLeft() != seconds) {
            idle = new IdleScreen(seconds);
            return true;
        }
        return false;
    }

    /**
     * Shows {@code screen} over a fresh home screen, as after a card scan from any screen: the stack is unwound to home
     * (without {@code endSession}: the caller has already switched the session), an idle warning is dismissed, and
     * the idle clock restarts.
     */
    public void showOverHome(Screen screen) {
        idle = null;
        lastInput = clock.instant();
        while (depth() > 1) {
            stack.pop();
        }
        current().reset();
        open(screen);
    }

    /**
     * Opens {@code screen} over the page on top if that page is one {@code onTop} accepts and no idle warning is
     * shown, e.g. a question that arrived from the server while the greeting is shown; returns whether it opened.
     */
    public boolean openOver(java.util.function.Predicate<Screen> onTop, Screen screen) {
        if (idle != null || !onTop.test(current())) {
            return false;
        }
        open(screen);
        return true;
    }

    /** True while an idle warning is shown. */
    public boolean isWarningIdle() {
        return idle != null;
    }

    private boolean sessionMayBeOpen() {
        return current() instanceof SessionAware s && s.hasSession();
    }

    private void apply(Transition t) {
        if (t instanceof Transition.Push p) {
            open(p.screen());
        } else if (t instanceof Transition.Replace r) {
            stack.pop();
            open(r.screen());
        } else if (t instanceof Transition.Back && depth() > 1) {
            stack.pop();
            current().onShow();
        } else if (t instanceof Transition.Home) {
            goHome();
        } else if (t instanceof Transition.Emergency) {
            emergency(AlarmSource.KEY);
        }
    }

    private void open(Screen screen) {
        screen.reset();
        screen.onShow();
        stack.push(screen);
    }

    private void goHome() {
        if (current() instanceof LeavesSession) {
            endSession.run();
        }
        while (depth() > 1) {
            stack.pop();
        }
        current().reset();
        current().onShow();
    }

    /** Screens from which going home means the resident is done (the greeting): the session ends on the way. */
    public interface LeavesSession {
    }

    /** Home screens that show an identified resident implement this, so idle time ends the session there too. */
    public interface SessionAware {
        boolean hasSession();
    }
}
