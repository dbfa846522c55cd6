package org.menkou.admin.bench.fleet;

import java.util.Arrays;

/**
 * Latency samples in microseconds, added from any thread, and their percentiles. {@link #drain()} hands out what was
 * recorded since the last drain, so one recorder serves successive measurement windows. Thread-safe.
 */
public final class Samples {
    private long[] values = new long[1024];
    private int size;
    private int failures;

    /** Records one answered request that took {@code micros}. */
    public synchronized void add(long micros) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = micros;
    }

    /** Records one request that failed (no answer, or not the answer expected). */
    public synchronized void fail() {
        failures++;
    }

    /** What was recorded since the last drain (sorted), and starts afresh. */
    public synchronized Summary drain() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        Summary s = new Summary(sorted, failures);
        size = 0;
        failures = 0;
        return s;
    }

    /** Sorted samples (µs) of one window and the failures beside them. */
    public record Summary(long[] sorted, int failures) {
        public int count() {
            return sorted.length;
        }

        /** The {@code p}-th percentile in milliseconds (nearest rank), NaN when there is no sample. */
        public double ms(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
        }

        /** Both summaries' samples and failures together. */
        public Summary plus(Summary other) {
            long[] all = Arrays.copyOf(sorted, sorted.length + other.sorted.length);
            System.arraycopy(other.sorted, 0, all, sorted.length, other.sorted.length);
            Arrays.sort(all);
            return new Summary(all, failures + other.failures);
        }

        /** "p50=… p99=… max=… ms (n=…, failed=…)" for a BENCH line. */
        public String line() {
            return String.format("p50=%.2f p99=%.2f max=%.2f ms (n=%d, failed=%d)", ms(50), ms(99), ms(100),
                    count(), failures);
        }
    }
}
