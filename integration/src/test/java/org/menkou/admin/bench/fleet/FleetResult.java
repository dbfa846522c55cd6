package org.menkou.admin.bench.fleet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The numbers of one fleet benchmark run against one setup: the fleet window's kiosk requests (ms), the servers' CPU,
 * alarm press → board (ms; each node's first press, on cold code, apart), the booking burst (NaN when skipped) and the largest fleet within the p99 target.
 */
public record FleetResult(double p50, double p99, int failures, double requestsPerSecond, double serverCorePercent,
                          double serverMsPerRequest, double pressP50, double pressP99, double firstPressMax,
                          double bookingsPerSecond,
                          double bookingP99, int largest) {

    /** A row of the summary: its label and how a run's value is read. */
    private record Metric(String label, ToDoubleFunction<FleetResult> value) {
    }

    private static final List<Metric> METRICS = List.of(
            new Metric("requests/s", FleetResult::requestsPerSecond),
            new Metric("request p50 (ms)", FleetResult::p50),
            new Metric("request p99 (ms)", FleetResult::p99),
            new Metric("failed requests", FleetResult::failures),
            new Metric("server CPU (% of one core)", FleetResult::serverCorePercent),
            new Metric("server CPU per request (ms)", FleetResult::serverMsPerRequest),
            new Metric("press -> board p50 (ms)", FleetResult::pressP50),
            new Metric("press -> board p99 (ms)", FleetResult::pressP99),
            new Metric("first press per node, slowest (ms)", FleetResult::firstPressMax),
            new Metric("bookings/s", FleetResult::bookingsPerSecond),
            new Metric("booking p99 (ms)", FleetResult::bookingP99),
            new Metric("largest fleet with p99 within target", FleetResult::largest));

    /**
     * Prints, on {@code BENCH |} lines (a Markdown table), each metric's median per setup with every run's value
     * beside it, and the ratio of each later setup's median to the first's.
     */
    public static void printMedians(Map<String, List<FleetResult>> bySetup) {
        List<String> setups = new ArrayList<>(bySetup.keySet());
        StringBuilder header = new StringBuilder("| metric |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String setup : setups) {
            header.append(' ').append(setup).append(": median (runs) |");
            rule.append("---|");
        }
        for (String setup : setups.subList(Math.min(1, setups.size()), setups.size())) {
            header.append(' ').append(setup).append(" / ").append(setups.get(0)).append(" |");
            rule.append("---|");
        }
        System.out.printf("%nBENCH medians of %s%nBENCH %s%nBENCH %s%n", bySetup.entrySet().stream()
                .map(e -> e.getValue().size() + " " + e.getKey() + " runs").collect(Collectors.joining(", ")), header, rule);
        for (Metric metric : METRICS) {
            StringBuilder row = new StringBuilder("| " + metric.label() + " |");
            List<Double> medians = new ArrayList<>();
            for (String setup : setups) {
                double[] values = bySetup.get(setup).stream().mapToDouble(metric.value()).toArray();
                double median = median(values);
                medians.add(median);
                row.append(' ').append(number(median)).append(" (").append(Arrays.stream(values)
                        .mapToObj(FleetResult::number).collect(Collectors.joining(", "))).append(") |");
            }
            for (double median : medians.subList(Math.min(1, medians.size()), medians.size())) {
                double ratio = median / medians.get(0);
                row.append(Double.isFinite(ratio) ? String.format(" %.2f× |", ratio) : " — |");
            }
            System.out.println("BENCH " + row);
        }
    }

    /** The median (mean of the middle two for an even count); NaN when there is none. */
    static double median(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 100 || v == Math.rint(v) ? String.format("%,.0f", v) : String.format("%.2f", v);
    }
}
