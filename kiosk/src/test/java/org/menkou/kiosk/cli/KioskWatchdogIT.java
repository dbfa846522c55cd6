package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.testing.TmuxSession;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * The kiosk (the packaged jar, in real tmux) under systemd's notify protocol, with the systemd side EMULATED by
 * this test: it listens on the datagram socket named by {@code NOTIFY_SOCKET}, expects {@code READY=1} and then
 * {@code WATCHDOG=1} pings while the UI thread runs; a test build ({@link HangingKiosk}) then hangs the UI thread,
 * the pings stop, and the test does what systemd does with {@code WatchdogSec=3 WatchdogSignal=SIGKILL
 * Restart=on-failure}: kills the process and starts it again, which comes back ready and pinging. (The packaged unit
 * under real systemd is run by the journeys' DebianPackageJourney.)
 */
@Tag("integration")
class KioskWatchdogIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Duration WATCHDOG = Duration.ofSeconds(3);

    @TempDir
    Path tmp;

    @Test
    void aHungUiThreadStopsThePingsAndTheKioskIsKilledAndStartedAgain() throws Exception {
        Path data = tmp.resolve("data");
        Process init = new ProcessBuilder("java", "-jar", ROOT.resolve("kiosk/target/menkou-kiosk.jar").toString(),
                "init", "--data", data.toString()).redirectErrorStream(true).start();
        init.getInputStream().readAllBytes();
        assertThat(init.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path socket = tmp.resolve("notify");
        Path hang = tmp.resolve("hang-now");
        try (AFUNIXDatagramChannel listener = AFUNIXDatagramChannel.open()) {
            listener.bind(AFUNIXSocketAddress.of(socket));
            BlockingQueue<String> received = listen(listener);

            long firstPid;
            try (TmuxSession kiosk = start(data, socket, hang, "first")) {
                assertThat(next(received, Duration.ofSeconds(60))).isEqualTo("READY=1");
                kiosk.waitFor("▶ 1  找服务");
                assertThat(next(received, WATCHDOG)).isEqualTo("WATCHDOG=1");
                assertThat(next(received, WATCHDOG)).isEqualTo("WATCHDOG=1");
                firstPid = Long.parseLong(Files.readString(tmp.resolve("first.pid")).trim());

                Files.createFile(hang);
                Instant hungAt = Instant.now();
                // The probe that ran just before the hang may still earn one ping; after that none.
                String message;
                do {
                    message = next(received, WATCHDOG);
                } while ("WATCHDOG=1".equals(message) && Duration.between(hungAt, Instant.now()).toSeconds() < 10);
                assertThat(message).as("no ping within WatchdogSec after the UI thread hung").isNull();
                assertThat(ProcessHandle.of(firstPid)).as("the hung kiosk is still running").isPresent();
                // systemd: watchdog timeout, SIGKILL, Restart=on-failure.
                ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
                kiosk.waitFor("KIOSK-EXITED 137");
            }
            assertThat(hang).as("the test build took the one-shot trigger").doesNotExist();
            received.clear();
            try (TmuxSession again = start(data, socket, hang, "second")) {
                assertThat(next(received, Duration.ofSeconds(60))).isEqualTo("READY=1");
                again.waitFor("▶ 1  找服务");
                assertThat(next(received, WATCHDOG)).isEqualTo("WATCHDOG=1");
                long secondPid = Long.parseLong(Files.readString(tmp.resolve("second.pid")).trim());
                assertThat(secondPid).isNotEqualTo(firstPid);
                again.keys("C-c");
                assertThat(next(received, Duration.ofSeconds(30))).isIn("WATCHDOG=1", "STOPPING=1");
                again.waitFor("KIOSK-EXITED 0");
            }
        }
    }

    /** The kiosk test build in tmux with systemd's environment; its pid (exec'd, so the JVM's) goes to NAME.pid. */
    private TmuxSession start(Path data, Path socket, Path hang, String name) throws Exception {
        String classpath = ROOT.resolve("kiosk/target/menkou-kiosk.jar") + ":" + ROOT.resolve("kiosk/target/test-classes");
        return new TmuxSession("sh -c 'echo $$ > " + tmp.resolve(name + ".pid") + "; exec env NOTIFY_SOCKET=" + socket
                + " WATCHDOG_USEC=" + WATCHDOG.toNanos() / 1000 + " WATCHDOG_PID=$$ java -Dfile.encoding=UTF-8"
                + " -Dmenkou.test.hang-file=" + hang + " -cp " + classpath + " org.menkou.kiosk.cli.HangingKiosk"
                + " --data " + data + " --no-voice'; echo KIOSK-EXITED $?; sleep 60");
    }

    /** Every message on {@code listener}, in order, read by a daemon thread until the channel closes. */
    private static BlockingQueue<String> listen(AFUNIXDatagramChannel listener) {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            try {
                while (true) {
                    buffer.clear();
                    listener.receive(buffer);
                    buffer.flip();
                    received.add(StandardCharsets.UTF_8.decode(buffer).toString());
                }
            } catch (java.io.IOException e) {
                // closed at the end of the test
            }
        }, "notify-listener");
        reader.setDaemon(true);
        reader.start();
        return received;
    }

    /** The next message within {@code timeout}, or null. */
    private static String next(BlockingQueue<String> received, Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
