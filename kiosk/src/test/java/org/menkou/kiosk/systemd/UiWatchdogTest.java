package org.menkou.kiosk.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.kiosk.screen.UiThread;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * The watchdog pings only while the UI thread runs its probe: READY=1 once, WATCHDOG=1 while tasks run, no pings
 * while a task hangs, STOPPING=1 at the end; and the notifications reach a real unix datagram socket (by path and in
 * the abstract namespace) as systemd's {@code $NOTIFY_SOCKET}.
 */
@Timeout(60)
class UiWatchdogTest {
    private static final Duration PING = Duration.ofMillis(100);

    @TempDir
    Path tmp;

    private final ExecutorService uiExecutor = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stopUi() {
        release.countDown();
        uiExecutor.shutdownNow();
    }

    /** Records what was sent, in order. */
    private static final class Recording implements ServiceNotifier {
        final List<String> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String state) {
            sent.add(state);
        }

        @Override
        public void close() {
            sent.add("closed");
        }

        long pings() {
            return sent.stream().filter("WATCHDOG=1"::equals).count();
        }
    }

    @Test
    void pingsWhileTheUiThreadRunsTasksAndStopsWhenItHangs() throws Exception {
        UiThread ui = new UiThread();
        Recording notifier = new Recording();
        UiWatchdog watchdog = UiWatchdog.start(notifier, ui, Optional.of(PING));
        Thread.sleep(PING.multipliedBy(3).toMillis());
        assertThat(notifier.sent).as("nothing before the UI runs tasks").isEmpty();

        ui.attach(uiExecutor::execute);
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.pings() >= 3);
        assertThat(notifier.sent.get(0)).isEqualTo("READY=1");
        assertThat(notifier.sent.stream().filter("READY=1"::equals)).hasSize(1);

        ui.post(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // At most one ping for a probe that ran just before the hang; then none.
        Thread.sleep(PING.multipliedBy(2).toMillis());
        long atHang = notifier.pings();
        Thread.sleep(PING.multipliedBy(6).toMillis());
        assertThat(notifier.pings()).as("no pings while the UI thread hangs").isEqualTo(atHang);

        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> notifier.pings() > atHang);
        watchdog.close();
        assertThat(notifier.sent.subList(notifier.sent.size() - 2, notifier.sent.size()))
                .containsExactly("STOPPING=1", "closed");
    }

    @Test
    void theWatchdogIntervalIsAThirdOfWatchdogUsecForThisProcessOnly() {
        assertThat(UiWatchdog.pingInterval(Map.of("WATCHDOG_USEC", "30000000"), 42)).contains(Duration.ofSeconds(10));
        assertThat(UiWatchdog.pingInterval(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "42"), 42))
                .contains(Duration.ofSeconds(10));
        assertThat(UiWatchdog.pingInterval(Map.of("WATCHDOG_USEC", "30000000", "WATCHDOG_PID", "7"), 42)).isEmpty();
        assertThat(UiWatchdog.pingInterval(Map.of("WATCHDOG_USEC", "soon"), 42)).isEmpty();
        assertThat(UiWatchdog.pingInterval(Map.of(), 42)).isEmpty();
    }

    @Test
    void withoutNotifySocketNothingIsSentAndTheUiRunsAsUsual() throws Exception {
        UiThread ui = new UiThread();
        ui.attach(uiExecutor::execute);
        UiWatchdog watchdog = UiWatchdog.start(Map.of("WATCHDOG_USEC", "300000"), ui);
        CountDownLatch ran = new CountDownLatch(1);
        ui.post(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        watchdog.close();
    }

    @Test
    void notificationsReachASocketNamedByPath() throws Exception {
        AFUNIXSocketAddress address = AFUNIXSocketAddress.of(tmp.resolve("notify"));
        assertReaches(address, tmp.resolve("notify").toString());
    }

    @Test
    void notificationsReachASocketInTheAbstractNamespace() throws Exception {
        String name = "menkou-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        assertReaches(AFUNIXSocketAddress.inAbstractNamespace(name), "@" + name);
    }

    private void assertReaches(AFUNIXSocketAddress address, String notifySocket) throws Exception {
        try (AFUNIXDatagramChannel listener = AFUNIXDatagramChannel.open()) {
            listener.bind(address);
            UiThread ui = new UiThread();
            ui.attach(uiExecutor::execute);
            UiWatchdog watchdog = UiWatchdog.start(Map.of("NOTIFY_SOCKET", notifySocket, "WATCHDOG_USEC", "300000"), ui);
            assertThat(receive(listener)).isEqualTo("READY=1");
            assertThat(receive(listener)).isEqualTo("WATCHDOG=1");
            watchdog.close();
            String last;
            do {
                last = receive(listener);
            } while ("WATCHDOG=1".equals(last));
            assertThat(last).isEqualTo("STOPPING=1");
        }
    }

    private static String receive(AFUNIXDatagramChannel listener) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        listener.receive(buffer);
        buffer.flip();
        return StandardCharsets.UTF_8.decode(buffer).toString();
    }
}
