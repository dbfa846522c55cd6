package org.menkou.admin.feedback;

import java.util.ArrayList;
import java.util.List;
import org.menkou.admin.web.CsvRows;
import org.menkou.content.protocol.FeedbackAnswer.Rating;
import org.menkou.content.protocol.FeedbackAnswer.Reason;

/** The weekly satisfaction as CSV (RFC 4180, CRLF, plain numbers); the caller adds the UTF-8 BOM for Excel. */
final class FeedbackCsv {
    private FeedbackCsv() {
    }

    static String write(String subjectWord, List<FeedbackBook.Week> weeks) {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(subjectWord, "周一", "满意", "一般", "不满意", "未回答", "满意率（%）"));
        for (Reason r : Reason.values()) {
            header.add(FeedbackLabels.reason(r));
        }
        CsvRows.row(sb, header);
        for (FeedbackBook.Week w : weeks) {
            List<String> cells = new ArrayList<>(List.of(w.aboutName(), w.monday().toString(),
                    Integer.toString(w.count(Rating.SATISFIED)), Integer.toString(w.count(Rating.OKAY)),
                    Integer.toString(w.count(Rating.UNSATISFIED)), Integer.toString(w.count(Rating.SKIPPED)),
                    Integer.toString(w.satisfiedPercent())));
            for (Reason r : Reason.values()) {
                cells.add(Integer.toString(w.reasons().getOrDefault(r, 0)));
            }
            CsvRows.row(sb, cells);
        }
        return sb.toString();
    }
}
