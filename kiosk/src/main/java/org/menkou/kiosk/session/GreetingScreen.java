package org.menkou.kiosk.session;

import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.RequestOffer;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/**
 * 您好，张*英: shown when a card identified a resident. Masked name, subsidy tier, the shortcuts other features add
 * (at most three, e.g. 订餐 and 我的订餐) and the policies likely for them. 返回 or 0 here ends the session (the
 * resident is done); going home from any other screen keeps it, and home's 5 ends it there.
 */
final class GreetingScreen extends Screen implements Navigator.LeavesSession {
    static final int MAX_SHORTCUTS = 3;
    private final IdentifiedResident resident;
    private final CardSession session;
    private final ResidentShortcuts shortcuts;
    private final RequestOffer requests;

    GreetingScreen(IdentifiedResident resident, CardSession session, ResidentShortcuts shortcuts, RequestOffer requests) {
        this.resident = resident;
        this.session = session;
        this.shortcuts = shortcuts;
        this.requests = requests;
    }

    @Override
    public String title() {
        return Ui.GREETING_TITLE.format(language(), resident.maskedName());
    }

    @Override
    protected String text() {
        List<String> news = shortcuts.news(resident, language());
        return Ui.GREETING_TEXT.format(language(), resident.tierName()) + "\n"
                + (news.isEmpty() ? "" : String.join("\n", news) + "\n") + Ui.GREETING_END.in(language());
    }

    @Override
    protected List<Option> options() {
        List<Option> all = new ArrayList<>(shortcuts.forResident(resident, language()).stream()
                .limit(MAX_SHORTCUTS).toList());
        all.add(Option.of(Ui.GREETING_POLICIES.in(language()),
                () -> Transition.push(new LikelyPoliciesScreen(session.likelyPolicies(), requests)), "政策", "适合我的政策",
                "policies"));
        return all;
    }

    @Override
    protected Transition onBack() {
        return Transition.HOME;
    }
}
