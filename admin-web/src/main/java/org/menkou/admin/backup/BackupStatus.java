package org.menkou.admin.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.menkou.content.store.ContentStore;

/**
 * The outcome of the latest scheduled backups, kept in the store's metadata so every node shows it and it outlives a
 * restart: {@value #OK} ("INSTANT FILE") and {@value #FAILED} ("INSTANT MESSAGE"). Thread-safe.
 */
public final class BackupStatus {
    static final String OK = "backup_last_ok";
    static final String FAILED = "backup_last_failure";
    private final ContentStore store;
    private final Clock clock;

    public BackupStatus(ContentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void succeeded(Path file) {
        store.putMeta(OK, clock.instant() + " " + file);
    }

    void failed(String message) {
        store.putMeta(FAILED, clock.instant() + " " + message);
    }

    /**
     * The latest failure when no backup succeeded after it, as admins are to see it (its time as an instant, then the
     * reason); empty when the latest scheduled backup worked or none has run.
     */
    public Optional<String> problem() {
        Optional<String> failed = store.meta(FAILED);
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        Instant failedAt = at(failed.get());
        Instant okAt = store.meta(OK).map(BackupStatus::at).orElse(Instant.EPOCH);
        if (okAt.isAfter(failedAt)) {
            return Optional.empty();
        }
        return failed;
    }

    private static Instant at(String value) {
        try {
            return Instant.parse(value.split(" ", 2)[0]);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
