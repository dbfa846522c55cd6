package org.menkou.kiosk.session;

import java.util.List;
import org.menkou.content.Policy;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.PolicyDetailScreen;
import org.menkou.kiosk.screen.RequestOffer;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/** The policies likely for the identified resident, each opening its detail and self-check. */
final class LikelyPoliciesScreen extends Screen {
    private final List<Policy> policies;
    private final RequestOffer requests;

    LikelyPoliciesScreen(List<Policy> policies, RequestOffer requests) {
        this.policies = List.copyOf(policies);
        this.requests = requests;
    }

    @Override
    public String title() {
        return Ui.GREETING_POLICIES.in(language());
    }

    @Override
    protected String text() {
        return (policies.isEmpty() ? Ui.LIKELY_POLICIES_NONE : Ui.LIKELY_POLICIES_INTRO).in(language());
    }

    @Override
    protected List<Option> options() {
        return policies.stream().map(p -> Option.of(p.name(), () -> Transition.push(new PolicyDetailScreen(p, requests)))).toList();
    }
}
