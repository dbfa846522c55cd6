package org.menkou.kiosk.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The loop's contract: which thread runs the passes, when they run, what a wake-up does, and how it stops. */
class BackgroundLoopTest {
    private static final Duration LONG = Duration.ofMinutes(10);

    /** A pass of one record: whether it was woken, and on which thread it ran. */
    private record Ran(boolean woken, String thread) {
    }

    @Test
    void theFirstPassRunsAtOnceOnTheNamedThreadAndAWakeUpStartsTheNext() throws Exception {
        BlockingQueue<Ran> passes = new LinkedBlockingQueue<>();
        try (BackgroundLoop loop = new BackgroundLoop("test-loop", Duration.ofSeconds(5), woken -> {
            passes.add(new Ran(woken, Thread.currentThread().getName()));
            return LONG;
        })) {
            loop.start();
            assertThat(passes.poll(10, TimeUnit.SECONDS)).isEqualTo(new Ran(false, "test-loop"));
            loop.wake();
            assertThat(passes.poll(10, TimeUnit.SECONDS)).isEqualTo(new Ran(true, "test-loop"));
        }
    }

    @Test
    void aPassRunsAgainWhenItsDelayHasPassedWithoutAWakeUp() throws Exception {
        BlockingQueue<Boolean> woken = new LinkedBlockingQueue<>();
        try (BackgroundLoop loop = new BackgroundLoop("test-loop", Duration.ofSeconds(5), w -> {
            woken.add(w);
            return Duration.ofMillis(10);
        })) {
            loop.start();
            for (int i = 0; i < 3; i++) {
                assertThat(woken.poll(10, TimeUnit.SECONDS)).isFalse();
            }
        }
    }

    @Test
    void wakeUpsDuringAPassCountAsOneAndThePassCanSeeThem() throws Exception {
        CountDownLatch inFirstPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> sawPending = new CopyOnWriteArrayList<>();
        BlockingQueue<Boolean> woken = new LinkedBlockingQueue<>();
        BackgroundLoop[] self = new BackgroundLoop[1];
        try (BackgroundLoop loop = new BackgroundLoop("test-loop", Duration.ofSeconds(5), w -> {
            woken.add(w);
            if (!w) {
                inFirstPass.countDown();
                await(release);
                sawPending.add(self[0].wakePending());
            }
            return LONG;
        })) {
            self[0] = loop;
            loop.start();
            assertThat(inFirstPass.await(10, TimeUnit.SECONDS)).isTrue();
            loop.wake();
            loop.wake();
            loop.wake();
            release.countDown();
            assertThat(woken.poll(10, TimeUnit.SECONDS)).isFalse();
            assertThat(woken.poll(10, TimeUnit.SECONDS)).as("the wake-ups start one pass").isTrue();
        }
        assertThat(woken).as("and no more (the loop has ended)").isEmpty();
        assertThat(sawPending).containsExactly(true);
    }

    @Test
    void closeStopsTheLoopAndWaitsForThePassInProgress() throws Exception {
        CountDownLatch inPass = new CountDownLatch(1);
        CountDownLatch passEnded = new CountDownLatch(1);
        BackgroundLoop loop = new BackgroundLoop("test-loop-close", Duration.ofSeconds(10), w -> {
            inPass.countDown();
            sleep(Duration.ofMillis(300));
            passEnded.countDown();
            return Duration.ZERO;
        });
        loop.start();
        assertThat(inPass.await(10, TimeUnit.SECONDS)).isTrue();
        loop.close();
        assertThat(passEnded.getCount()).as("close returned after the pass ended").isZero();
        assertThat(Thread.getAllStackTraces().keySet()).as("the loop's thread has ended")
                .noneMatch(t -> t.getName().equals("test-loop-close") && t.isAlive());
    }

    @Test
    void aPassThatThrowsDoesNotEndTheLoop() throws Exception {
        BlockingQueue<Boolean> passes = new LinkedBlockingQueue<>();
        try (BackgroundLoop loop = new BackgroundLoop("test-loop", Duration.ofSeconds(5), w -> {
            passes.add(w);
            if (!w) {
                throw new IllegalStateException("the first pass fails");
            }
            return LONG;
        })) {
            loop.start();
            assertThat(passes.poll(10, TimeUnit.SECONDS)).isFalse();
            loop.wake();
            assertThat(passes.poll(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void withoutStartNothingRunsAndCloseReturnsAtOnce() {
        List<Boolean> passes = new CopyOnWriteArrayList<>();
        BackgroundLoop loop = new BackgroundLoop("test-loop", Duration.ofSeconds(5), w -> {
            passes.add(w);
            return LONG;
        });
        loop.wake();
        loop.close();
        assertThat(passes).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
