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
        CAN_APPLY("可以申请"),
        ASK_ADVISOR("可能可以，请问养老顾问"),
        NOT_YET("暂时不符合");

        final String words;

        Verdict(String words) {
            this.words = words;
        }
    }

    /** A resident's answer to one question. */
    enum Answer { YES, NO, UNSURE }

    private final Policy policy;
    private final List<Answer> answers = new ArrayList<>();

    SelfCheckScreen(Policy policy) {
        this.policy = policy;
    }

    @Override
    public String title() {
        return policy.name() + " 自测";
    }

    @Override
    protected String text() {
        EligibilityQuestion q = policy.questions().get(answers.size());
        return "第" + (answers.size() + 1) + "题，共" + policy.questions().size() + "题：\n" + q.text();
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of("是", () -> answer(Answer.YES), "是的", "对", "有"),
                Option.of("不是", () -> answer(Answer.NO), "不对", "没有", "不"),
                Option.of("不知道", () -> answer(Answer.UNSURE), "不清楚", "不确定"));
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
        return Transition.replace(new SelfCheckResultScreen(policy, verdict(policy, answers)));
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
