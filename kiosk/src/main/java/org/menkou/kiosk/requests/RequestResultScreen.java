package org.menkou.kiosk.requests;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.menkou.content.protocol.ServiceRequest.Contact;
import org.menkou.kiosk.requests.KioskRequests.Sent;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/**
 * The answer to a request: 正在提交… while the kiosk waits for the server (on a thread of its own), then 已经提交了
 * (with when an advisor will call, or when to come to the station), 已经保存了 when the server could not be reached
 * (sent by itself later), or why it was not taken.
 */
final class RequestResultScreen extends Screen {
    private final RequestFlow flow;
    private final RequestDraft draft;
    private final CompletableFuture<Sent> answer;

    RequestResultScreen(RequestFlow flow, RequestDraft draft, CompletableFuture<Sent> answer) {
        this.flow = flow;
        this.draft = draft;
        this.answer = answer;
        // The page reads the answer when drawn; the posted task only has it redrawn on the UI thread.
        answer.whenComplete((s, e) -> flow.ui().post(() -> { }));
    }

    private Sent sent() {
        return answer.isDone() && !answer.isCompletedExceptionally() ? answer.getNow(Sent.PENDING) : Sent.PENDING;
    }

    @Override
    public String title() {
        if (!answer.isDone()) {
            return Ui.SUBMITTING_TITLE.in(language());
        }
        return (switch (sent()) {
            case RECEIVED -> Ui.REQUEST_SENT_TITLE;
            case PENDING -> Ui.REQUEST_PENDING_TITLE;
            case REFUSED -> Ui.REQUEST_REFUSED_TITLE;
        }).in(language());
    }

    @Override
    protected String text() {
        if (!answer.isDone()) {
            return Ui.REQUEST_SUBMITTING_TEXT.in(language());
        }
        String what = RequestFlow.what(draft, language()) + Ui.SENTENCE_END.in(language()) + "\n";
        String station = draft.contact() == Contact.AT_STATION ? "\n" + Ui.REQUEST_AT_STATION.format(language(),
                flow.slot(draft.day(), draft.half(), language())) : "";
        boolean today = draft.day().equals(flow.context().today());
        return what + switch (sent()) {
            case RECEIVED -> (draft.contact() == Contact.AT_STATION ? Ui.REQUEST_SENT_STATION
                    : today ? Ui.REQUEST_SENT_URGENT : Ui.REQUEST_SENT_TEXT).in(language()) + station;
            case PENDING -> (flow.who().resident().isPresent() ? Ui.REQUEST_PENDING_TEXT : Ui.REQUEST_PENDING_WALK_IN)
                    .in(language()) + station;
            case REFUSED -> Ui.REQUEST_REFUSED_TEXT.in(language());
        };
    }

    @Override
    protected List<Option> options() {
        if (!answer.isDone()) {
            return List.of();
        }
        return List.of(Option.of(Ui.RESULT_HOME.in(language()), () -> Transition.HOME, "回首页", "首页", "好的", "知道了",
                "home"));
    }

    @Override
    protected Transition onBack() {
        return Transition.HOME;
    }
}
