package org.menkou.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import org.menkou.content.EligibilityQuestion;
import org.menkou.content.Policy;

/**
 * 我能申请吗？: asks the policy's questions one at a time (1 是 / 2 不是 / 3 不知道), then replaces itself with the
 * answer. 返回 goes back one question, and from the first question back to the policy.
 */
final class SelfCheckScreen extends Screen {
    /** The plain answers a self-check can end with. */
    enum Verdict {
        CAN_APPLY(Ui.VERDICT_CAN_APPLY),
        ASK_ADVISOR(Ui.VERDICT_ASK_ADVISOR),
        NOT_YET(Ui.VERDICT_NOT_YET);

        final Ui words;

        Verdict(Ui words) {
            this.words = words;
        }
    }

    /** A resident's answer to one question. */
    enum Answer { YES, NO, UNSURE }

    private final Policy policy;
    private final RequestOffer requests;
    private final List<Answer> answers = new ArrayList<>();

    SelfCheckScreen(Policy policy, RequestOffer requests) {
        this.policy = policy;
        this.requests = requests;
    }

    @Override
    public String title() {
        return Ui.SELF_CHECK_TITLE.format(language(), policy.name());
    }

    @Override
    protected String text() {
        EligibilityQuestion q = policy.questions().get(answers.size());
        return Ui.SELF_CHECK_QUESTION.format(language(), answers.size() + 1, policy.questions().size()) + "\n" + q.text();
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of(Ui.ANSWER_YES.in(language()), () -> answer(Answer.YES), "是", "是的", "对", "有", "yes"),
                Option.of(Ui.ANSWER_NO.in(language()), () -> answer(Answer.NO), "不是", "不对", "没有", "不", "no"),
                Option.of(Ui.ANSWER_UNSURE.in(language()), () -> answer(Answer.UNSURE), "不知道", "不清楚", "不确定", "not sure"));
    }

    @Override
    protected Transition onBack() {
        if (answers.isEmpty()) {
            return Transition.BACK;
        }
        answers.remove(answers.size() - 1);
        return Transition.STAY;
    }

    private Transition answer(Answer a) {
        answers.add(a);
        if (answers.size() < policy.questions().size()) {
            return Transition.STAY;
        }
        return Transition.replace(new SelfCheckResultScreen(policy, verdict(policy, answers), requests));
    }

    /** Any answer that rules the resident out gives NOT_YET; else any 不知道 gives ASK_ADVISOR; else CAN_APPLY. */
    static Verdict verdict(Policy policy, List<Answer> answers) {
        boolean unsure = false;
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (a == Answer.UNSURE) {
                unsure = true;
            } else if ((a == Answer.YES) != policy.questions().get(i).expectYes()) {
                return Verdict.NOT_YET;
            }
        }
        return unsure ? Verdict.ASK_ADVISOR : Verdict.CAN_APPLY;
    }
}
