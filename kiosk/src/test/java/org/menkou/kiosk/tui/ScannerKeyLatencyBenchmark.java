package org.menkou.kiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.menkou.hardware.KeystrokeBurstDetector;

/**
 * The latency the scanner filter adds to a person's key: a digit goes into {@link ScannerKeyFilter} on a stand-in GUI
 * thread (a task queue, as Lanterna's invokeLater), the real timer wakes it, and the time until the key reaches the
 * navigator is measured. Run: {@code bench/run kiosk org.menkou.kiosk.tui.ScannerKeyLatencyBenchmark [samples]}
 */
public final class ScannerKeyLatencyBenchmark {
    private ScannerKeyLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        BlockingQueue<Runnable> gui = new LinkedBlockingQueue<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        long[] delivered = new long[1];
        ScannerKeyFilter[] filter = new ScannerKeyFilter[1];
        filter[0] = new ScannerKeyFilter(new KeystrokeBurstDetector(), () -> (System.nanoTime() - start) / 1_000_000,
                key -> delivered[0] = System.nanoTime(), code -> { },
                at -> timer.schedule(() -> gui.add(filter[0]::wake),
                        Math.max(0, at - (System.nanoTime() - start) / 1_000_000), TimeUnit.MILLISECONDS));
        double[] ms = new double[samples];
        try {
            for (int i = 0; i < samples; i++) {
                delivered[0] = 0;
                long pressed = System.nanoTime();
                filter[0].key(new KeyStroke((char) ('1' + i % 6), false, false));
                while (delivered[0] == 0) {
                    Runnable task = gui.poll(1, TimeUnit.SECONDS);
                    if (task != null) {
                        task.run();
                    }
                }
                ms[i] = (delivered[0] - pressed) / 1e6;
                Thread.sleep(20);
            }
        } finally {
            timer.shutdownNow();
        }
        Arrays.sort(ms);
        System.out.printf("| person's digit, added latency (%d keys) | median %.1f ms | p95 %.1f ms | max %.1f ms |%n",
                samples, ms[samples / 2], ms[(int) (samples * 0.95)], ms[samples - 1]);
    }
}
