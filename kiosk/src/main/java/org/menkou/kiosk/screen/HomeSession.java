package org.menkou.kiosk.screen;

import java.util.Optional;

/**
 * What the home screen knows of the resident session: who is identified (masked name only) and how the resident ends
 * it. Called on the UI thread.
 */
public interface HomeSession {
    /** The identified resident's masked name, e.g. 张*英; empty when nobody is identified. */
    Optional<String> maskedName();

    /** Ends the session in progress, if any; the next {@link #takeFarewell} then answers true once. */
    void end();

    /** True once after a session was ended by the resident (the home screen then says goodbye). */
    boolean takeFarewell();

    /** A kiosk without resident cards. */
    static HomeSession none() {
        return new HomeSession() {
            @Override
            public Optional<String> maskedName() {
                return Optional.empty();
            }

            @Override
            public void end() {
            }

            @Override
            public boolean takeFarewell() {
                return false;
            }
        };
    }
}
