package org.menkou.content.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Optional;

/**
 * What raised an alarm at the kiosk. On the wire and in the databases it is its name ({@code KEY}); kiosks and
 * journals from before this enum wrote it in lower case ({@code key}), which still reads.
 */
public enum AlarmSource {
    /** A key of the kiosk: F12 on its keyboard, or 9 紧急呼叫 on the home screen. */
    KEY,
    /** The red emergency button device (GPIO, serial or simulated). */
    BUTTON,
    /** A spoken 救命 / 紧急呼叫. */
    VOICE;

    /** The source named {@code name} in any case, or empty for a name this version does not know. */
    public static Optional<AlarmSource> fromName(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** For reading the wire: the name in any case; a name this version does not know is refused. */
    @JsonCreator
    static AlarmSource read(String name) {
        return fromName(name).orElseThrow(() -> new IllegalArgumentException("not an alarm source: " + name));
    }
}
