package org.menkou.admin.feedback;

import java.util.List;
import java.util.Locale;
import org.menkou.content.protocol.FeedbackAnswer.Rating;

/**
 * One canteen's or provider's weekly answers as an SVG string drawn on the server (no script): a horizontal bar per
 * week split into 满意, 一般 and 不满意, each part filled differently (solid, hatched, white) and the counts written
 * beside the bar in words, so nothing is told by colour alone. The markup holds only dates, numbers and fixed words.
 */
final class SatisfactionChart {
    private static final int WIDTH = 900;
    private static final int ROW = 34;
    private static final int LEFT = 110;
    private static final int BAR = 420;

    private final List<FeedbackBook.Week> weeks;

    /** @param weeks one canteen's or provider's weeks, oldest first */
    SatisfactionChart(List<FeedbackBook.Week> weeks) {
        this.weeks = weeks;
    }

    String svg() {
        int height = ROW * Math.max(1, weeks.size()) + 10;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"每周满意度\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\">")
                .append("<defs><pattern id=\"okay\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0 6L6 0\" stroke=\"#000\"/></pattern></defs>");
        int y = 5;
        for (FeedbackBook.Week w : weeks) {
            int answered = w.answered();
            sb.append(text(2, y + 20, w.monday().getMonthValue() + "月" + w.monday().getDayOfMonth() + "日那周"));
            double x = LEFT;
            x = segment(sb, x, y, w.count(Rating.SATISFIED), answered, "fill=\"#003a70\"", "满意");
            x = segment(sb, x, y, w.count(Rating.OKAY), answered, "fill=\"url(#okay)\"", "一般");
            segment(sb, x, y, w.count(Rating.UNSATISFIED), answered, "fill=\"#fff\"", "不满意");
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"24\" fill=\"none\" stroke=\"#000\"/>",
                    LEFT, y, BAR));
            sb.append(text(LEFT + BAR + 8, y + 17, "满意 " + w.count(Rating.SATISFIED) + "，一般 " + w.count(Rating.OKAY)
                    + "，不满意 " + w.count(Rating.UNSATISFIED) + "（满意率 " + w.satisfiedPercent() + "%）"));
            y += ROW;
        }
        return sb.append("</svg>").toString();
    }

    private static double segment(StringBuilder sb, double x, int y, int count, int answered, String fill, String label) {
        if (count == 0 || answered == 0) {
            return x;
        }
        double width = (double) BAR * count / answered;
        sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"24\" %s "
                + "stroke=\"#000\"><title>%s：%d</title></rect>", x, y, width, fill, label, count));
        return x + width;
    }

    private static String text(int x, int y, String words) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"14\">" + words + "</text>";
    }
}
