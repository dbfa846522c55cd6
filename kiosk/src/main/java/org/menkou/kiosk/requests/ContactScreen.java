package org.menkou.kiosk.requests;

import java.util.ArrayList;
import java.util.List;
import org.menkou.content.protocol.ServiceRequest.Contact;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;

/**
 * 怎么联系您？ for an identified resident: the phone the centre has on file (masked: 138****5678), or 我到站点来. When
 * the server said the centre has no number, only the station is offered, and said why.
 */
final class ContactScreen extends Screen {
    private final RequestFlow flow;
    private final RequestDraft draft;

    ContactScreen(RequestFlow flow, RequestDraft draft) {
        this.flow = flow;
        this.draft = draft;
    }

    private boolean noPhone() {
        return flow.maskedPhone().filter(String::isEmpty).isPresent();
    }

    @Override
    public String title() {
        return Ui.REQUEST_HOW_TITLE.in(language());
    }

    @Override
    protected String text() {
        return (noPhone() ? Ui.REQUEST_NO_PHONE : Ui.REQUEST_HOW_TEXT).in(language());
    }

    @Override
    protected List<Option> options() {
        List<Option> all = new ArrayList<>();
        if (!noPhone()) {
            all.add(Option.of(flow.contact(Contact.PHONE, language()), () -> next(Contact.PHONE), "打电话", "电话",
                    "打电话给我", "phone"));
        }
        all.add(Option.of(Ui.REQUEST_HOW_STATION.in(language()), () -> next(Contact.AT_STATION), "我到站点来", "到站点来",
                "我来站点", "我自己来", "station"));
        return all;
    }

    private Transition next(Contact how) {
        return Transition.push(new ConfirmRequestScreen(flow, draft.reachedBy(how)));
    }
}
