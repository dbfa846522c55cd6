package org.menkou.kiosk.cli;

import java.nio.file.Path;
import org.menkou.content.DataDirectory;

/**
 * Sends the kiosk's logs to {@code DATA/logs/kiosk.log}, never to the terminal the kiosk UI owns. Must be called
 * before the first logger is created (logback reads the property once, when it starts). The log may name residents,
 * so the file is created mode 0600 (its directory 0700) before logback appends to it.
 */
final class KioskLogging {
    static final String PROPERTY = "menkou.logdir";
    /** The log file's name in that directory, as in logback.xml. */
    static final String FILE_NAME = "kiosk.log";

    private KioskLogging() {
    }

    static void toDirectory(Path dataDir) {
        Path logs = dataDir.resolve("logs");
        DataDirectory.privateFile(logs.resolve(FILE_NAME));
        System.setProperty(PROPERTY, logs.toString());
    }
}
