package org.menkou.admin.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.menkou.content.DataDirectory;

/**
 * The lock a running admin server holds on its data directory: a shared lock on {@value #FILE_NAME} in it, held from
 * start to exit (the OS drops it when the process dies, even by SIGKILL). Several server processes on one data
 * directory (nodes sharing one SQLite file) each hold it shared; a restore takes it exclusively and so refuses to
 * replace files under a running server. POSIX record locks: per process, not per thread.
 */
public final class DataDirLock implements AutoCloseable {
    /** The lock file in the data directory. */
    public static final String FILE_NAME = "server.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Holds the shared lock of {@code dataDir} (created 0700 if missing) until closed; the caller closes it when the
     * server stops. Waits while a restore holds it exclusively.
     */
    public static DataDirLock holdShared(Path dataDir) {
        Path file = DataDirectory.privateFile(dataDir.resolve(FILE_NAME));
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                return new DataDirLock(channel, channel.lock(0, Long.MAX_VALUE, true));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new BackupException("cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Takes the lock of the existing directory {@code dataDir} exclusively, or returns null when a server holds it
     * (this process's servers too). A directory without a lock file has no server: a fresh lock file is made. The
     * caller closes the result.
     */
    static DataDirLock tryExclusive(Path dataDir) {
        try {
            FileChannel channel = FileChannel.open(DataDirectory.privateFile(dataDir.resolve(FILE_NAME)),
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new DataDirLock(channel, lock);
                }
            } catch (OverlappingFileLockException heldHere) {
                // a server of this process holds it
            }
            channel.close();
            return null;
        } catch (IOException e) {
            throw new BackupException("cannot lock the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** True when a server process holds the lock of {@code dataDir}; false too when the directory does not exist. */
    public static boolean serverRuns(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return false;
        }
        DataDirLock lock = tryExclusive(dataDir);
        if (lock == null) {
            return true;
        }
        lock.close();
        return false;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new BackupException("cannot release the data directory lock: " + e.getMessage(), e);
        }
    }
}
