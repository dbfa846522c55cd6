package org.menkou.content.protocol;

import java.util.List;

/**
 * What a kiosk reports about its devices and resources in each heartbeat, for the fleet page.
 *
 * @param buttons      state of the physical buttons, short free text, e.g. {@code ok}, {@code absent}
 * @param scanner      state of the card scanner, short free text
 * @param voice        state of speech in and out, short free text
 * @param diskFreeMb   free space on the kiosk's data directory's file system, in MiB
 * @param diskTotalMb  size of that file system, in MiB
 * @param memoryUsedMb Java heap in use, in MiB
 * @param memoryMaxMb  the Java heap's limit, in MiB
 * @param lastErrors   the most recent error lines, newest last, at most {@value #MAX_ERRORS}, each at most
 *                     {@value #MAX_ERROR_CHARS} characters and free of personal data
 */
public record DeviceReport(String buttons, String scanner, String voice, long diskFreeMb, long diskTotalMb,
                           long memoryUsedMb, long memoryMaxMb, List<String> lastErrors) {
    public static final int MAX_ERRORS = 5;
    public static final int MAX_ERROR_CHARS = 200;

    public DeviceReport {
        lastErrors = lastErrors == null ? List.of() : List.copyOf(lastErrors);
    }
}
