package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.Policy;
import org.menkou.voice.VoiceLanguage;

/** One policy in plain words, with the self-check 我能申请吗？. */
public final class PolicyDetailScreen extends Screen {
    private final Policy policy;
    private final RequestOffer requests;

    /** @param requests what the self-check's result offers to do (请顾问联系我) */
    public PolicyDetailScreen(Policy policy, RequestOffer requests) {
        this.policy = policy;
        this.requests = requests;
    }

    @Override
    public String title() {
        return policy.name();
    }

    @Override
    protected String text() {
        VoiceLanguage l = language();
        return String.join("\n",
                policy.summary(),
                Ui.POLICY_BENEFITS.in(l) + policy.benefits(),
                Ui.ITEM_HOW_TO_APPLY.in(l) + policy.howToApply(),
                Ui.POLICY_DOCUMENTS.in(l) + String.join(Ui.LIST_SEPARATOR.in(l), policy.documents()),
                Ui.POLICY_WHERE.in(l) + policy.whereToAsk());
    }

    @Override
    protected List<Option> options() {
        return List.of(Option.of(Ui.CAN_I_APPLY.in(language()), () -> Transition.push(new SelfCheckScreen(policy, requests)),
                "我能申请吗", "能申请吗", "自测", "can i apply"));
    }
}
