package org.menkou.admin.backup;

import org.menkou.content.ContentException;

/**
 * The one exception type of backups and restores: a data directory that is not a server's, a server that runs on it,
 * an archive that is damaged or does not match its manifest, or a file that cannot be written. The message says what
 * to do; the command line prints it as one line.
 */
public final class BackupException extends ContentException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
