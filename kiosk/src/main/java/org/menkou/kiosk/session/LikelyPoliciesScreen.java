package org.menkou.kiosk.session;

import java.util.List;
import org.menkou.content.Policy;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.PolicyDetailScreen;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/** The policies likely for the identified resident, each opening its detail and self-check. */
final class LikelyPoliciesScreen extends Screen {
    private final List<Policy> policies;

    LikelyPoliciesScreen(List<Policy> policies) {
        this.policies = List.copyOf(policies);
    }

    @Override
    public String title() {
        return "可能适合您的政策";
    }

    @Override
    protected String text() {
        return policies.isEmpty() ? "没有找到特别适合您的政策。可以在首页按3看全部政策，或者问工作人员。"
                : "按您的年龄和补贴档次，这些政策可能适合您。具体条件请看每项政策的自测。";
    }

    @Override
    protected List<Option> options() {
        return policies.stream().map(p -> Option.of(p.name(), () -> Transition.push(new PolicyDetailScreen(p)))).toList();
    }
}
