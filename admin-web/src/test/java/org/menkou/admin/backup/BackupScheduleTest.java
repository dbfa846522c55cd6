package org.menkou.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily backup's retention (only its own files, newest kept) and its timing. */
class BackupScheduleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    @Test
    void pruningKeepsTheNewestBackupsAndNeverTouchesOtherFiles() throws IOException {
        for (String name : List.of("menkou-backup-20261128-033000.zip", "menkou-backup-20261130-033000.zip",
                "menkou-backup-20261129-033000.zip", "menkou-backup-20261201-033000.zip", "notes.txt",
                "menkou-backup-20261101-033000.zip.partial", "my-menkou-backup-20261101-033000.zip")) {
            Files.writeString(dir.resolve(name), name);
        }
        Files.createDirectory(dir.resolve("menkou-backup-20260101-000000.zip"));

        List<Path> deleted = BackupSchedule.prune(dir, 2);

        assertThat(deleted).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "menkou-backup-20261128-033000.zip", "menkou-backup-20261129-033000.zip");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "menkou-backup-20261130-033000.zip", "menkou-backup-20261201-033000.zip", "notes.txt",
                    "menkou-backup-20261101-033000.zip.partial", "my-menkou-backup-20261101-033000.zip",
                    "menkou-backup-20260101-000000.zip");
        }
        assertThat(BackupSchedule.prune(dir, 2)).as("nothing more to delete").isEmpty();
        assertThat(BackupSchedule.prune(dir, 5)).isEmpty();
    }

    @Test
    void theNextRunIsTodayWhenItsTimeIsAheadElseTomorrow() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 12, 2, 1, 0, 0, 0, SHANGHAI);
        assertThat(BackupSchedule.untilNext(morning, LocalTime.of(3, 30))).isEqualTo(Duration.ofMinutes(150));
        ZonedDateTime evening = ZonedDateTime.of(2026, 12, 2, 22, 0, 0, 0, SHANGHAI);
        assertThat(BackupSchedule.untilNext(evening, LocalTime.of(3, 30))).isEqualTo(Duration.ofMinutes(330));
        ZonedDateTime exactly = ZonedDateTime.of(2026, 12, 2, 3, 30, 0, 0, SHANGHAI);
        assertThat(BackupSchedule.untilNext(exactly, LocalTime.of(3, 30))).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void lostVersionRangesAddUpAndMatchOnlyTheirVersions() {
        String first = LostVersions.withRestoreAt(Optional.empty(), 40);
        assertThat(first).isEqualTo("41-" + (40 + LostVersions.SKIP));
        LostVersions lost = LostVersions.parse(Optional.of(LostVersions.withRestoreAt(Optional.of(first),
                LostVersions.SKIP + 100)));
        assertThat(lost.contains(40)).isFalse();
        assertThat(lost.contains(41)).isTrue();
        assertThat(lost.contains(40 + LostVersions.SKIP)).isTrue();
        assertThat(lost.contains(LostVersions.SKIP + 101)).isTrue();
        assertThat(LostVersions.parse(Optional.of("junk,5-x")).contains(5)).isFalse();
    }
}
