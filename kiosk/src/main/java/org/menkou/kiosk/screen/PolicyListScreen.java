package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.Policy;

/** 政策: the policies, paged six at a time. */
final class PolicyListScreen extends Screen {
    private final KioskContext context;
    private List<Policy> policies = List.of();

    PolicyListScreen(KioskContext context) {
        this.context = context;
    }

    @Override
    protected void onShow() {
        policies = context.store().policies().all();
    }

    @Override
    public String title() {
        return "政策";
    }

    @Override
    protected String text() {
        return policies.isEmpty() ? "现在还没有政策信息，请问工作人员。" : "想了解哪项政策？";
    }

    @Override
    protected List<Option> options() {
        return policies.stream()
                .map(p -> Option.of(p.name(), () -> Transition.push(new PolicyDetailScreen(p))))
                .toList();
    }
}
