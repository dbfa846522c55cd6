package org.menkou.kiosk.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.menkou.content.protocol.ResidentNews;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.kiosk.screen.ContentScreens;
import org.menkou.kiosk.screen.Dates;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.Screen;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.session.IdentifiedResident;
import org.menkou.kiosk.session.ResidentShortcuts;
import org.menkou.voice.VoiceLanguage;

/**
 * What the greeting of an identified resident tells about their requests, and the one 满意吗？ question they are owed:
 * at the scan the kiosk asks the server (on a thread of its own); the greeting then lists each open request's state
 * ("您申请的助浴：已安排，12月3日上午，王*丽上门。") and requests still waiting in this kiosk's outbox, and the question
 * opens over the greeting, once (an answer held in the outbox counts as answered).
 *
 * @param ask opens a screen over the greeting if the greeting is still shown; called on the UI thread
 */
public record RequestShortcuts(RequestFlow flow, Consumer<Screen> ask) implements ResidentShortcuts {
    /** 找服务, so that an identified resident reaches the services they may ask for without leaving their session. */
    @Override
    public List<Option> forResident(IdentifiedResident resident, VoiceLanguage language) {
        return List.of(Option.of(Ui.HOME_SERVICES.in(language),
                () -> Transition.push(ContentScreens.categories(flow.offering())), "找服务", "服务", "services"));
    }

    @Override
    public void identified(IdentifiedResident resident, String card) {
        flow.requests().refreshResident(resident.id(), card).whenComplete((news, failure) -> flow.ui().post(() -> {
            if (news != null && news.feedback() != null && !flow.requests().answered(news.feedback().subjectId())
                    && flow.who().resident().filter(r -> r.id().equals(resident.id())).isPresent()) {
                ask.accept(new FeedbackScreen(flow.requests(), news.feedback(), resident.id(), card,
                        flow.context().today()));
            }
        }));
    }

    @Override
    public void ended() {
        flow.requests().forgetResident();
    }

    /** At most three lines: requests still in this kiosk's outbox first, then the open ones the server told of. */
    @Override
    public List<String> news(IdentifiedResident resident, VoiceLanguage language) {
        List<String> lines = new ArrayList<>();
        List<ServiceRequest> unsent = flow.requests().unsentOf(resident.id());
        for (ServiceRequest r : unsent) {
            lines.add(Ui.REQUEST_NEWS.format(language, r.subjectName(), Ui.REQUEST_NEWS_PENDING.in(language)));
        }
        flow.requests().newsFor(resident.id()).ifPresent(news -> news.requests().stream()
                .filter(r -> unsent.stream().noneMatch(u -> u.requestId().equals(r.requestId())))
                .forEach(r -> lines.add(Ui.REQUEST_NEWS.format(language, r.subjectName(), state(r, language)))));
        return lines.stream().limit(3).toList();
    }

    private String state(ResidentNews.RequestNews r, VoiceLanguage language) {
        return switch (r.state()) {
            case SCHEDULED -> Ui.REQUEST_NEWS_SCHEDULED.format(language,
                    Dates.monthDay(r.day(), language), RequestFlow.half(r.half(), language),
                    r.who() == null ? "" : r.who(), r.where() == null ? "" : r.where());
            case CONTACTED -> Ui.REQUEST_NEWS_STATE_CONTACTED.in(language);
            case ASSIGNED -> Ui.REQUEST_NEWS_STATE_ASSIGNED.in(language);
            default -> Ui.REQUEST_NEWS_STATE_NEW.in(language);
        };
    }
}
