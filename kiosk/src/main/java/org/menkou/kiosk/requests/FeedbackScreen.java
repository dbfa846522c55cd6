package org.menkou.kiosk.requests;

import java.time.LocalDate;
import java.util.List;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.FeedbackAnswer.Rating;
import org.menkou.content.protocol.FeedbackAnswer.Reason;
import org.menkou.content.protocol.FeedbackAnswer.Subject;
import org.menkou.content.protocol.ResidentNews.FeedbackQuestion;
import org.menkou.kiosk.screen.Dates;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/**
 * 满意吗？ asked once over the greeting, about a meal the resident picked up or a request that was done: 1 满意,
 * 2 一般, 3 不满意 (then one page of reasons to pick from), 4 不想回答. The answer is saved at once (the outbox sends it
 * when it can) and the page thanks them; 返回 counts as not wanting to answer, so they are not asked again.
 */
final class FeedbackScreen extends Screen {
    private enum Step { ASK, REASONS, THANKS }

    private final KioskRequests requests;
    private final FeedbackQuestion question;
    private final String residentId;
    private final String card;
    private final LocalDate today;
    private final Step step;

    /** The question, asked of {@code residentId} whose card's payload is {@code card}; {@code today} at the kiosk. */
    FeedbackScreen(KioskRequests requests, FeedbackQuestion question, String residentId, String card, LocalDate today) {
        this(requests, question, residentId, card, today, Step.ASK);
    }

    private FeedbackScreen(KioskRequests requests, FeedbackQuestion question, String residentId, String card,
                           LocalDate today, Step step) {
        this.requests = requests;
        this.question = question;
        this.residentId = residentId;
        this.card = card;
        this.today = today;
        this.step = step;
    }

    private Transition then(Step next) {
        return Transition.replace(new FeedbackScreen(requests, question, residentId, card, today, next));
    }

    @Override
    public String title() {
        return (switch (step) {
            case ASK -> Ui.FEEDBACK_TITLE;
            case REASONS -> Ui.FEEDBACK_REASON_TITLE;
            case THANKS -> Ui.FEEDBACK_THANKS;
        }).in(language());
    }

    @Override
    protected String text() {
        return switch (step) {
            case ASK -> question();
            case REASONS -> Ui.FEEDBACK_REASON_TEXT.in(language());
            case THANKS -> "";
        };
    }

    private String question() {
        VoiceLanguage l = language();
        String day = question.day().equals(today) ? Ui.TODAY.in(l) : Dates.monthDay(question.day(), l);
        if (question.subject() == Subject.MEAL) {
            String meal = (question.meal() == org.menkou.content.Meal.LUNCH ? Ui.LUNCH : Ui.DINNER).in(l);
            return Ui.FEEDBACK_MEAL.format(l, day, meal, question.name());
        }
        return Ui.FEEDBACK_REQUEST.format(l, day, question.name());
    }

    @Override
    protected List<Option> options() {
        return switch (step) {
            case ASK -> List.of(
                    Option.of(Ui.FEEDBACK_SATISFIED.in(language()), () -> answer(Rating.SATISFIED, null), "满意", "很满意",
                            "挺好", "好", "satisfied"),
                    Option.of(Ui.FEEDBACK_OKAY.in(language()), () -> answer(Rating.OKAY, null), "一般", "还行", "还可以",
                            "马马虎虎", "so so"),
                    Option.of(Ui.FEEDBACK_UNSATISFIED.in(language()), this::reasons, "不满意", "不好", "不行", "差",
                            "not satisfied"),
                    Option.of(Ui.FEEDBACK_SKIP.in(language()), () -> answer(Rating.SKIPPED, null), "不想回答", "不回答",
                            "跳过", "不说了", "skip"));
            case REASONS -> Reason.forSubject(question.subject()).stream()
                    .map(r -> Option.of(reasonWord(r, language()), () -> answer(Rating.UNSATISFIED, r),
                            reasonPhrases(r)))
                    .toList();
            case THANKS -> List.of(Option.of(Ui.RESULT_HOME.in(language()), () -> Transition.BACK, "好的", "知道了",
                    "ok"));
        };
    }

    private Transition reasons() {
        return then(Step.REASONS);
    }

    private Transition answer(Rating rating, Reason reason) {
        save(rating, reason);
        return then(Step.THANKS);
    }

    private void save(Rating rating, Reason reason) {
        requests.answer(new FeedbackAnswer(KioskRequests.newId(), question.subject(), question.subjectId(), rating,
                reason, residentId, card));
    }

    /** 返回: while asking, the resident did not want to answer; on the reasons page, 不满意 without a reason. */
    @Override
    protected Transition onBack() {
        switch (step) {
            case ASK -> save(Rating.SKIPPED, null);
            case REASONS -> save(Rating.UNSATISFIED, null);
            default -> { }
        }
        return Transition.BACK;
    }

    static String reasonWord(Reason r, VoiceLanguage l) {
        return (switch (r) {
            case SMALL_PORTION -> Ui.REASON_SMALL_PORTION;
            case TOO_SALTY -> Ui.REASON_TOO_SALTY;
            case TOO_HARD -> Ui.REASON_TOO_HARD;
            case COLD -> Ui.REASON_COLD;
            case LATE -> Ui.REASON_LATE;
            case RUDE -> Ui.REASON_RUDE;
            case NOT_DONE_WELL -> Ui.REASON_NOT_DONE_WELL;
            case OTHER -> Ui.REASON_OTHER;
        }).in(l);
    }

    private static String[] reasonPhrases(Reason r) {
        return switch (r) {
            case SMALL_PORTION -> new String[] {"量少", "太少了", "不够吃", "too little"};
            case TOO_SALTY -> new String[] {"太咸", "咸了", "太咸了", "too salty"};
            case TOO_HARD -> new String[] {"太硬", "硬了", "咬不动", "too hard"};
            case COLD -> new String[] {"凉了", "冷了", "不热", "cold"};
            case LATE -> new String[] {"没按时", "晚了", "来晚了", "迟到", "late"};
            case RUDE -> new String[] {"态度不好", "态度差", "unfriendly"};
            case NOT_DONE_WELL -> new String[] {"没做好", "做得不好", "not done well"};
            case OTHER -> new String[] {"其他", "别的", "其它", "something else"};
        };
    }
}
