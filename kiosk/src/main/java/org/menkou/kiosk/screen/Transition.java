package org.menkou.kiosk.screen;

/** What a key press does to the stack of screens. */
public sealed interface Transition {
    /** Stay on this screen (it may have changed itself, e.g. turned a page). */
    record Stay() implements Transition {
    }

    /** Open {@code screen} on top of this one; 返回 comes back here. */
    record Push(Screen screen) implements Transition {
    }

    /** Replace this screen with {@code screen}; 返回 goes to the screen before this one. */
    record Replace(Screen screen) implements Transition {
    }

    /** Go back one screen. */
    record Back() implements Transition {
    }

    /** Go back to the home screen. */
    record Home() implements Transition {
    }

    /** Start the emergency call (or show the one in progress), as the red button does. */
    record Emergency() implements Transition {
    }

    Transition STAY = new Stay();
    Transition BACK = new Back();
    Transition HOME = new Home();
    Transition EMERGENCY = new Emergency();

    static Transition push(Screen screen) {
        return new Push(screen);
    }

    static Transition replace(Screen screen) {
        return new Replace(screen);
    }
}
