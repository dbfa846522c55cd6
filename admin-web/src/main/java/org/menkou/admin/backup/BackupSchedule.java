package org.menkou.admin.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.menkou.content.store.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's daily backup: at {@code at} (in the centre's time zone) an online backup of the data directory into
 * {@code backupDir} as {@code menkou-backup-YYYYMMDD-HHMMSS.zip}, then all but the newest {@code keep} files of that
 * name pattern there are deleted (other files are never touched). Each outcome is logged and recorded in the store
 * ({@link BackupStatus}), where admins see a failure. One daemon thread, "menkou-backup"; {@link #close()} stops it and
 * waits for a backup in progress.
 */
public final class BackupSchedule implements AutoCloseable {
    /** Names of the files the schedule writes and prunes. */
    public static final Pattern FILE = Pattern.compile("menkou-backup-\\d{8}-\\d{6}\\.zip");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'menkou-backup-'yyyyMMdd-HHmmss'.zip'");
    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);
    private final Path dataDir;
    private final Path backupDir;
    private final int keep;
    private final LocalTime at;
    private final ZoneId zone;
    private final Clock clock;
    private final BackupStatus status;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "menkou-backup");
        t.setDaemon(true);
        return t;
    });

    /** @param keep how many backups to keep, at least 1 */
    public BackupSchedule(Path dataDir, Path backupDir, int keep, LocalTime at, ZoneId zone, Clock clock,
                          ContentStore store) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        this.dataDir = dataDir;
        this.backupDir = backupDir.toAbsolutePath().normalize();
        this.keep = keep;
        this.at = at;
        this.zone = zone;
        this.clock = clock;
        this.status = new BackupStatus(store, clock);
    }

    /** Schedules the first run; each run schedules the next. */
    public BackupSchedule start() {
        scheduleAfter(ZonedDateTime.now(clock.withZone(zone)));
        log.info("daily backup at {} ({}) into {}, keeping {}", at, zone, backupDir, keep);
        return this;
    }

    /**
     * Schedules the run at the first {@code at} after {@code after}. Planned times, not the clock after a run, decide
     * the next one, so a timer that fires a little early never runs the same day's backup twice.
     */
    private void scheduleAfter(ZonedDateTime after) {
        ZonedDateTime planned = after.plus(untilNext(after, at));
        long wait = Math.max(0, Duration.between(ZonedDateTime.now(clock), planned).toMillis());
        executor.schedule(() -> {
            run(planned);
            scheduleAfter(planned);
        }, wait, TimeUnit.MILLISECONDS);
    }

    /** One backup and pruning now, on the calling thread; never throws: the outcome is logged and recorded. */
    public void runOnce() {
        run(ZonedDateTime.now(clock.withZone(zone)));
    }

    /** A backup named after {@code time} (its planned time), then pruning; the outcome is logged and recorded. */
    private void run(ZonedDateTime time) {
        Path file = backupDir.resolve(time.format(NAME));
        try {
            BackupManifest manifest = new BackupWriter(clock).write(dataDir, file);
            List<Path> deleted = prune(backupDir, keep);
            log.info("backup written: {} (content version {}); removed {} older", file, manifest.contentVersion(),
                    deleted.size());
            status.succeeded(file);
        } catch (RuntimeException e) {
            log.error("BACKUP FAILED: the daily backup to {} did not complete: {}", file, e.getMessage(), e);
            status.failed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** How long from {@code now} until the next {@code at} (today's if it is still ahead, else tomorrow's). */
    static Duration untilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = now.plusDays(1).with(at);
        }
        return Duration.between(now, next);
    }

    /**
     * Deletes all but the newest {@code keep} files of {@code dir} named like {@link #FILE} (their names sort by
     * time); returns the deleted ones.
     *
     * @throws BackupException when the directory cannot be listed or a file cannot be deleted
     */
    public static List<Path> prune(Path dir, int keep) {
        List<Path> ours;
        try (Stream<Path> files = Files.list(dir)) {
            ours = new ArrayList<>(files.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).sorted(Comparator.comparing(Path::getFileName).reversed()).toList());
        } catch (IOException e) {
            throw new BackupException("cannot list the backups in " + dir + ": " + e.getMessage(), e);
        }
        List<Path> deleted = new ArrayList<>();
        for (Path old : ours.subList(Math.min(keep, ours.size()), ours.size())) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                throw new BackupException("cannot delete the old backup " + old + ": " + e.getMessage(), e);
            }
        }
        return deleted;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
