package org.menkou.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import org.menkou.content.Policy;
import org.menkou.kiosk.screen.SelfCheckScreen.Verdict;
import org.menkou.voice.VoiceLanguage;

/** The answer of a self-check and what to do next: 请顾问联系我 where the kiosk takes requests, or home. */
final class SelfCheckResultScreen extends Screen {
    private final Policy policy;
    private final Verdict verdict;
    private final RequestOffer requests;

    SelfCheckResultScreen(Policy policy, Verdict verdict, RequestOffer requests) {
        this.policy = policy;
        this.verdict = verdict;
        this.requests = requests;
    }

    @Override
    public String title() {
        return Ui.RESULT_TITLE.format(language(), verdict.words.in(language()));
    }

    @Override
    protected String text() {
        VoiceLanguage l = language();
        return switch (verdict) {
            case CAN_APPLY -> Ui.RESULT_CAN_APPLY.format(l, policy.name()) + "\n"
                    + Ui.ITEM_HOW_TO_APPLY.in(l) + policy.howToApply() + "\n"
                    + Ui.POLICY_DOCUMENTS.in(l) + String.join(Ui.LIST_SEPARATOR.in(l), policy.documents());
            case ASK_ADVISOR -> Ui.RESULT_ASK_ADVISOR.format(l, policy.name()) + "\n" + Ui.POLICY_WHERE.in(l) + policy.whereToAsk();
            case NOT_YET -> Ui.RESULT_NOT_YET.format(l, policy.name()) + "\n" + Ui.RESULT_OTHER_HELP.in(l) + policy.whereToAsk();
        };
    }

    @Override
    protected List<Option> options() {
        List<Option> all = new ArrayList<>(requests.forPolicy(policy, language()));
        all.add(Option.of(Ui.BACK_TO_HOME.in(language()), () -> Transition.HOME, "回到首页", "首页", "back to home"));
        return all;
    }
}
