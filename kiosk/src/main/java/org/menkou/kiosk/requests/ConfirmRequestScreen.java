package org.menkou.kiosk.requests;

import java.util.List;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/**
 * The read-back: "申请助浴，明天上午，打电话 138****5678。确认吗？" — nothing is sent until 确认 (Enter, 1, or the
 * spoken 确认); 确认 saves the request and opens the result page at once.
 */
final class ConfirmRequestScreen extends Screen {
    private final RequestFlow flow;
    private final RequestDraft draft;

    ConfirmRequestScreen(RequestFlow flow, RequestDraft draft) {
        this.flow = flow;
        this.draft = draft;
    }

    @Override
    public String title() {
        return Ui.CONFIRM_TITLE.in(language());
    }

    @Override
    protected String text() {
        String who = flow.who().resident().map(r -> Ui.REQUEST_WHO_RESIDENT.format(language(), r.maskedName()))
                .orElse(Ui.REQUEST_WHO_WALK_IN.in(language()));
        return who + "\n" + Ui.REQUEST_CONFIRM_TEXT.format(language(), RequestFlow.what(draft, language()),
                flow.slot(draft.day(), draft.half(), language()), flow.contact(draft.contact(), language()));
    }

    @Override
    protected List<Option> options() {
        return List.of(
                Option.of(Ui.REQUEST_CONFIRM.in(language()), this::send, "确认提交", "对", "好的", "是的", "提交", "yes"),
                Option.of(Ui.REQUEST_DONT.in(language()), () -> Transition.HOME, "不要了", "不要", "算了", "no"));
    }

    private Transition send() {
        return Transition.replace(new RequestResultScreen(flow, draft, flow.requests().submit(flow.request(draft))));
    }
}
