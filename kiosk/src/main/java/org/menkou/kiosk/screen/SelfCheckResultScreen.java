package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.Policy;
import org.menkou.kiosk.screen.SelfCheckScreen.Verdict;

/** The answer of a self-check and what to do next. */
final class SelfCheckResultScreen extends Screen {
    private final Policy policy;
    private final Verdict verdict;

    SelfCheckResultScreen(Policy policy, Verdict verdict) {
        this.policy = policy;
        this.verdict = verdict;
    }

    @Override
    public String title() {
        return "自测结果：" + verdict.words;
    }

    @Override
    protected String text() {
        return switch (verdict) {
            case CAN_APPLY -> "按您的回答，您可以申请" + policy.name() + "。\n"
                    + "【怎么申请】" + policy.howToApply() + "\n【要带的材料】" + String.join("、", policy.documents());
            case ASK_ADVISOR -> "有的问题您还不确定。您可能可以申请" + policy.name() + "，请问养老顾问。\n"
                    + "【在哪里问】" + policy.whereToAsk();
            case NOT_YET -> "按您的回答，您暂时不符合" + policy.name() + "的条件。情况有变化可以再来测。\n"
                    + "想了解别的帮助，请问养老顾问：" + policy.whereToAsk();
        };
    }

    @Override
    protected List<Option> options() {
        return List.of(Option.of("回到首页", () -> Transition.HOME, "首页"));
    }
}
