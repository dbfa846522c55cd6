package org.menkou.content;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a Menkou process keeps its files: {@code --data}, else {@code $MENKOU_DATA}, else {@code ./data}. The files
 * there hold residents' personal data, so directories Menkou creates are mode 0700 and its databases, keys and logs
 * 0600, set explicitly so the process's umask does not matter. Not a POSIX file system: created as the OS allows.
 */
public final class DataDirectory {
    /** Environment variable naming the data directory. */
    public static final String ENV = "MENKOU_DATA";
    public static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

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

    /**
     * Creates {@code dir} and any missing parents, each one created here with mode 0700; a directory that already
     * exists keeps its mode (it may be shared, like /tmp). Returns {@code dir}.
     */
    public static Path createPrivate(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        try {
            for (Path p : missing) {
                try {
                    Files.createDirectory(p);
                    restrict(p, OWNER_ONLY_DIR);
                } catch (FileAlreadyExistsException raced) {
                    if (!Files.isDirectory(p)) {
                        throw new ContentException("cannot create data directory " + absolute + ": " + p
                                + " is a file, not a directory");
                    }
                }
            }
        } catch (IOException e) {
            throw new ContentException("cannot create data directory " + absolute + ": " + e.getMessage(), e);
        }
        return absolute;
    }

    /**
     * Makes {@code file} exist with mode 0600 (creating it empty, and its directory as {@link #createPrivate}), or
     * sets an existing one to 0600. SQLite gives its -wal and -shm files the mode of the database file.
     */
    public static Path privateFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.getParent() != null) {
            createPrivate(absolute.getParent());
        }
        try {
            try {
                Files.createFile(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(absolute);
            } catch (FileAlreadyExistsException exists) {
                // kept, and restricted below
            }
            restrict(absolute, OWNER_ONLY_FILE);
        } catch (IOException e) {
            throw new ContentException("cannot create " + absolute + ": " + e.getMessage(), e);
        }
        return absolute;
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX modes; nothing to set
        }
    }
}
