package org.menkou.admin.meals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart of meals per day as an SVG string, drawn on the server (no script). Labels are numbers and dates
 * only, so the markup holds no user text; every bar has a title for screen readers.
 */
final class MealsChart {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 300;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;

    private final Map<LocalDate, Integer> perDay;

    MealsChart(Map<LocalDate, Integer> perDay) {
        this.perDay = perDay;
    }

    String svg() {
        int max = Math.max(1, perDay.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        int n = Math.max(1, perDay.size());
        double slot = (WIDTH - LEFT - 10) / (double) n;
        double plot = HEIGHT - BOTTOM - 20;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"每日餐数\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\">");
        sb.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"").append(WIDTH)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#000\"/>");
        sb.append("<text x=\"2\" y=\"20\" font-size=\"12\">").append(max).append("</text>");
        int i = 0;
        List<String> bars = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            double h = plot * e.getValue() / max;
            double x = LEFT + i * slot + 2;
            double y = HEIGHT - BOTTOM - h;
            bars.add(String.format(java.util.Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#003a70\"><title>%s：%d 份</title></rect>"
                            + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\">%d</text>",
                    x, y, Math.max(1, slot - 4), h, e.getKey(), e.getValue(), x + slot / 2 - 2, y - 3, e.getValue()));
            if (i % 5 == 0) {
                bars.add(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>",
                        x, HEIGHT - BOTTOM + 16, e.getKey().toString().substring(5)));
            }
            i++;
        }
        bars.forEach(sb::append);
        return sb.append("</svg>").toString();
    }
}
