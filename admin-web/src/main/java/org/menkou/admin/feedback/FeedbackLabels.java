package org.menkou.admin.feedback;

import org.menkou.content.protocol.FeedbackAnswer.Reason;
import org.menkou.content.protocol.FeedbackAnswer.Subject;

/** How staff pages word feedback's enums. */
final class FeedbackLabels {
    private FeedbackLabels() {
    }

    static String reason(Reason r) {
        return switch (r) {
            case SMALL_PORTION -> "量少";
            case TOO_SALTY -> "太咸";
            case TOO_HARD -> "太硬";
            case COLD -> "凉了";
            case LATE -> "没按时";
            case RUDE -> "态度不好";
            case NOT_DONE_WELL -> "没做好";
            case OTHER -> "其他";
        };
    }

    /** What is rated: 食堂 (canteens' meals) or 服务 (requests done, per provider). */
    static String subject(Subject s) {
        return s == Subject.MEAL ? "食堂" : "服务承接方";
    }
}
