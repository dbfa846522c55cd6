package org.menkou.content.store;

import java.nio.file.Path;
import java.util.Map;

/** Where a Menkou process keeps its files: {@code --data}, else {@code $MENKOU_DATA}, else {@code ./data}. */
public final class DataDirectory {
    /** Environment variable naming the data directory. */
    public static final String ENV = "MENKOU_DATA";

    private DataDirectory() {
    }

    /** The data directory for an optional command-line value and the process environment, as an absolute path. */
    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV);
        Path dir = fromEnv == null || fromEnv.isBlank() ? Path.of("data") : Path.of(fromEnv);
        return dir.toAbsolutePath().normalize();
    }
}
