package org.menkou.kiosk.session;

import java.util.ArrayList;
import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;

/**
 * 您好，张*英: shown when a card identified a resident. Masked name, subsidy tier, the shortcuts other features add
 * (at most three) and the policies likely for them. 返回 here ends the session like 0 does.
 */
final class GreetingScreen extends Screen {
    static final int MAX_SHORTCUTS = 3;
    private final IdentifiedResident resident;
    private final CardSession session;
    private final ResidentShortcuts shortcuts;

    GreetingScreen(IdentifiedResident resident, CardSession session, ResidentShortcuts shortcuts) {
        this.resident = resident;
        this.session = session;
        this.shortcuts = shortcuts;
    }

    @Override
    public String title() {
        return "您好，" + resident.maskedName();
    }

    @Override
    protected String text() {
        List<String> news = shortcuts.news(resident);
        return "已经认出您的居民服务卡了。\n您的补贴档次：" + resident.tierName() + "。\n"
                + (news.isEmpty() ? "" : String.join("\n", news) + "\n") + "用完了请按0回首页。";
    }

    @Override
    protected List<Option> options() {
        List<Option> all = new ArrayList<>(shortcuts.forResident(resident).stream().limit(MAX_SHORTCUTS).toList());
        all.add(Option.of("可能适合您的政策", () -> Transition.push(new LikelyPoliciesScreen(session.likelyPolicies())),
                "政策", "适合我的政策"));
        return all;
    }

    @Override
    protected Transition onBack() {
        return Transition.HOME;
    }
}
