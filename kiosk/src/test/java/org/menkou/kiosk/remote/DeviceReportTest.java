package org.menkou.kiosk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.kiosk.testing.MutableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The heartbeat's device report from the real logback, the real file system and the JVM's heap. */
class DeviceReportTest {
    private static final Logger log = LoggerFactory.getLogger(DeviceReportTest.class);
    private final RecentErrors errors = RecentErrors.attachToRoot();

    @TempDir
    Path dir;

    @AfterEach
    void detach() {
        errors.detach();
    }

    @Test
    void recentErrorsKeepTheLastFiveWarningsAsPatternsWithoutTheirArguments() {
        log.info("booking for {} accepted", "张桂英");
        log.warn("card of {} (phone {}) refused", "张桂英", "13812345678");
        for (int i = 0; i < 6; i++) {
            log.error("server unreachable, try {} of {}", i, 6, new java.io.IOException("connection refused 张桂英"));
        }
        log.warn("resident 张桂英 13812345678 " + "x".repeat(400));

        assertThat(errors.lines()).hasSize(DeviceReport.MAX_ERRORS);
        assertThat(errors.lines()).allSatisfy(line -> {
            assertThat(line.length()).isLessThanOrEqualTo(DeviceReport.MAX_ERROR_CHARS);
            assertThat(line).doesNotContain("13812345678");
        });
        assertThat(errors.lines().get(0)).endsWith("ERROR DeviceReportTest: server unreachable, try {} of {} [IOException]");
        assertThat(String.join("\n", errors.lines().subList(0, 4))).doesNotContain("张桂英");
        assertThat(errors.lines().get(4)).contains("resident 张桂英 #").endsWith("…");
        assertThat(errors.lines()).noneMatch(l -> l.contains("booking for"));
    }

    @Test
    void theReportHoldsTheDevicesDiskMemoryAndErrorsWithinTheServersLimits() {
        log.error("sync round failed");
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
        ScannerState scanner = new ScannerState(clock);
        DeviceReporter reporter = new DeviceReporter(dir, () -> "ok key:F12", scanner::describe,
                () -> "ready " + "很长".repeat(40), errors);

        DeviceReport first = reporter.get();
        assertThat(first.buttons()).isEqualTo("ok key:F12");
        assertThat(first.scanner()).isEqualTo("keyboard, no scan since start");
        assertThat(first.voice()).hasSize(DeviceReporter.MAX_STATE_CHARS).endsWith("…");
        assertThat(first.diskTotalMb()).isPositive().isGreaterThanOrEqualTo(first.diskFreeMb());
        assertThat(first.diskFreeMb()).isPositive();
        assertThat(first.memoryMaxMb()).isPositive().isGreaterThanOrEqualTo(first.memoryUsedMb());
        assertThat(first.memoryUsedMb()).isPositive();
        assertThat(first.lastErrors()).singleElement().asString().endsWith("ERROR DeviceReportTest: sync round failed");

        scanner.scanned();
        clock.advance(Duration.ofMinutes(12));
        assertThat(reporter.get().scanner()).isEqualTo("keyboard, last scan 12 min ago");
    }
}
