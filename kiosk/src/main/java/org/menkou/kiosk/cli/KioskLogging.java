package org.menkou.kiosk.cli;

import java.nio.file.Path;

/**
 * Sends the kiosk's logs to {@code DATA/logs/kiosk.log}, never to the terminal the kiosk UI owns. Must be called
 * before the first logger is created (logback reads the property once, when it starts).
 */
final class KioskLogging {
    static final String PROPERTY = "menkou.logdir";

    private KioskLogging() {
    }

    static void toDirectory(Path dataDir) {
        System.setProperty(PROPERTY, dataDir.resolve("logs").toString());
    }
}
