package org.menkou.voice.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one evaluation; a null figure was not measured.
 *
 * @param accuracy exact-phrase accuracy 0-1
 * @param cer      character error rate (edits / expected characters)
 * @param rtf      processing time / audio duration
 */
public record EvalSummary(int files, Double accuracy, Double cer, Double rtf, Double latencyP50Millis,
                          Double latencyP95Millis) {
    /** The summary with the keys of the voice-eval JSON: files, accuracy, cer, rtf, latency_p50_ms, latency_p95_ms. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("files", files);
        map.put("accuracy", round(accuracy));
        map.put("cer", round(cer));
        map.put("rtf", round(rtf));
        map.put("latency_p50_ms", round(latencyP50Millis));
        map.put("latency_p95_ms", round(latencyP95Millis));
        return map;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10_000) / 10_000.0;
    }

    /** Nearest-rank percentile (0-100) of {@code values}; null when empty. */
    static Double percentile(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
