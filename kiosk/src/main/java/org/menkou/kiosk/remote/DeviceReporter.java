package org.menkou.kiosk.remote;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.menkou.content.protocol.DeviceReport;

/**
 * Builds the heartbeat's {@link DeviceReport}: the states of buttons, scanner and voice from the suppliers given, disk
 * space of the data directory's file system, the Java heap, and the {@link RecentErrors}. Cheap (no device I/O); called
 * on the sync thread before each heartbeat.
 */
public final class DeviceReporter implements Supplier<DeviceReport> {
    /** The longest state text the server takes. */
    public static final int MAX_STATE_CHARS = 60;
    private static final long MIB = 1024 * 1024;
    private final Path dataDir;
    private final Supplier<String> buttons;
    private final Supplier<String> scanner;
    private final Supplier<String> voice;
    private final RecentErrors errors;

    public DeviceReporter(Path dataDir, Supplier<String> buttons, Supplier<String> scanner, Supplier<String> voice,
                          RecentErrors errors) {
        this.dataDir = dataDir;
        this.buttons = buttons;
        this.scanner = scanner;
        this.voice = voice;
        this.errors = errors;
    }

    @Override
    public DeviceReport get() {
        long free = -1;
        long total = -1;
        try {
            FileStore store = Files.getFileStore(dataDir);
            free = store.getUsableSpace() / MIB;
            total = store.getTotalSpace() / MIB;
        } catch (IOException e) {
            // Reported as -1: the fleet page shows the disk as unknown.
        }
        Runtime rt = Runtime.getRuntime();
        long used = (rt.totalMemory() - rt.freeMemory()) / MIB;
        return new DeviceReport(cut(buttons.get()), cut(scanner.get()), cut(voice.get()), free, total, used,
                rt.maxMemory() / MIB, errors.lines());
    }

    static String cut(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= MAX_STATE_CHARS ? s : s.substring(0, MAX_STATE_CHARS - 1) + "…";
    }
}
