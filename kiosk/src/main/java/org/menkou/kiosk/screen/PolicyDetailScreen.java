package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.Policy;

/** One policy in plain words, with the self-check 我能申请吗？. */
public final class PolicyDetailScreen extends Screen {
    private final Policy policy;

    public PolicyDetailScreen(Policy policy) {
        this.policy = policy;
    }

    @Override
    public String title() {
        return policy.name();
    }

    @Override
    protected String text() {
        return String.join("\n",
                policy.summary(),
                "【能得到什么】" + policy.benefits(),
                "【怎么申请】" + policy.howToApply(),
                "【要带的材料】" + String.join("、", policy.documents()),
                "【在哪里问】" + policy.whereToAsk());
    }

    @Override
    protected List<Option> options() {
        return List.of(Option.of("我能申请吗？", () -> Transition.push(new SelfCheckScreen(policy)),
                "我能申请吗", "能申请吗", "自测"));
    }
}
