package org.menkou.kiosk.requests;

import java.util.List;
import org.menkou.content.protocol.ServiceRequest.Contact;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;

/** 什么时候方便？ 今天/明天/后天 × 上午/下午: at most six half-days, today's only while there is time left. */
final class WhenScreen extends Screen {
    private final RequestFlow flow;
    private final RequestDraft draft;
    private List<RequestDraft> slots = List.of();

    WhenScreen(RequestFlow flow, RequestDraft draft) {
        this.flow = flow;
        this.draft = draft;
    }

    @Override
    protected void onShow() {
        slots = flow.slots(draft);
    }

    @Override
    public String title() {
        return Ui.REQUEST_WHEN_TITLE.in(language());
    }

    @Override
    protected String text() {
        return slots.isEmpty() ? Ui.REQUEST_WHEN_NONE.in(language())
                : Ui.REQUEST_WHEN_TEXT.format(language(), RequestFlow.what(draft, language()));
    }

    @Override
    protected List<Option> options() {
        return slots.stream().map(s -> {
            String zh = flow.slot(s.day(), s.half(), VoiceLanguage.ZH_CN);
            return Option.of(flow.slot(s.day(), s.half(), language()), () -> next(s), zh,
                    flow.slot(s.day(), s.half(), VoiceLanguage.EN));
        }).toList();
    }

    private Transition next(RequestDraft picked) {
        if (flow.who().resident().isEmpty()) {
            return Transition.push(new ConfirmRequestScreen(flow, picked.reachedBy(Contact.AT_STATION)));
        }
        return Transition.push(new ContactScreen(flow, picked));
    }
}
