package org.menkou.kiosk.requests;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.menkou.content.Policy;
import org.menkou.content.ServiceItem;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.protocol.ServiceRequest.Contact;
import org.menkou.content.protocol.ServiceRequest.DayHalf;
import org.menkou.kiosk.screen.Dates;
import org.menkou.kiosk.screen.KioskContext;
import org.menkou.kiosk.screen.Option;
import org.menkou.kiosk.screen.RequestOffer;
import org.menkou.kiosk.screen.Transition;
import org.menkou.kiosk.screen.Ui;
import org.menkou.kiosk.screen.UiThread;
import org.menkou.voice.VoiceLanguage;

/**
 * What the request screens share: the kiosk's content and clock, where requests go, who is asking, and the UI
 * thread answers are handed to. As a {@link RequestOffer} it puts 我要申请 and 请顾问联系我 on a service item's page
 * and 请顾问联系我 on a policy self-check's result. Words are in the language passed (the screen's).
 */
public record RequestFlow(KioskContext context, KioskRequests requests, RequestResident who, UiThread ui)
        implements RequestOffer {
    /** How many days can be picked, today included (今天, 明天, 后天). */
    static final int DAYS = 3;
    /** A half-day can be picked today until this time (an advisor still has time to call). */
    private static final LocalTime MORNING_UNTIL = LocalTime.of(11, 0);
    private static final LocalTime AFTERNOON_UNTIL = LocalTime.of(16, 0);

    @Override
    public List<Option> forService(ServiceItem item, VoiceLanguage language) {
        return List.of(
                Option.of(Ui.REQUEST_SERVICE.in(language), () -> start(ServiceRequest.Kind.SERVICE, item.id(), item.name()),
                        "我要申请", "申请", "我要", "要这个服务", "apply"),
                callOption(item.id(), item.name(), language));
    }

    @Override
    public List<Option> forPolicy(Policy policy, VoiceLanguage language) {
        return List.of(callOption(policy.id(), policy.name(), language));
    }

    private Option callOption(String subjectId, String name, VoiceLanguage language) {
        return Option.of(Ui.REQUEST_CALL.in(language), () -> start(ServiceRequest.Kind.ADVISOR_CALL, subjectId, name),
                "请顾问联系我", "顾问联系我", "找顾问", "顾问", "advisor");
    }

    private Transition start(ServiceRequest.Kind kind, String subjectId, String name) {
        return Transition.push(new WhenScreen(this, RequestDraft.about(kind, subjectId, name)));
    }

    /** The kiosk's context with this flow as what its content pages offer: the one screens are made with. */
    public KioskContext offering() {
        return new KioskContext(context.store(), context.clock(), context.stationId(), context.language(),
                context.voice(), this);
    }

    LocalDateTime now() {
        return LocalDateTime.now(context.clock());
    }

    /** The half-days that can still be picked, in order: today's only while there is time left in them. */
    List<RequestDraft> slots(RequestDraft draft) {
        List<RequestDraft> slots = new ArrayList<>();
        LocalDate today = context.today();
        LocalTime time = now().toLocalTime();
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = today.plusDays(i);
            if (i > 0 || time.isBefore(MORNING_UNTIL)) {
                slots.add(draft.at(day, DayHalf.MORNING));
            }
            if (i > 0 || time.isBefore(AFTERNOON_UNTIL)) {
                slots.add(draft.at(day, DayHalf.AFTERNOON));
            }
        }
        return slots;
    }

    /** 明天上午 / Tomorrow morning. */
    String slot(LocalDate day, DayHalf half, VoiceLanguage language) {
        return Ui.REQUEST_SLOT.format(language, Dates.relativeWord(day, context.today(), language), half(half, language));
    }

    static String half(DayHalf half, VoiceLanguage language) {
        return (half == DayHalf.MORNING ? Ui.MORNING : Ui.AFTERNOON).in(language);
    }

    /** "申请助浴" or "助浴：请顾问联系". */
    static String what(RequestDraft draft, VoiceLanguage language) {
        return (draft.kind() == ServiceRequest.Kind.SERVICE ? Ui.REQUEST_KIND_SERVICE : Ui.REQUEST_KIND_CALL)
                .format(language, draft.subjectName());
    }

    /**
     * The identified resident's phone as the server masked it: empty when the server's answer has not arrived (the
     * kiosk offers 打登记的电话), a present empty string when the centre has no number for them.
     */
    Optional<String> maskedPhone() {
        return who.resident().flatMap(r -> requests.newsFor(r.id()))
                .map(news -> news.maskedPhone() == null ? "" : news.maskedPhone());
    }

    /** How the resident is reached, as read back: 打电话 138****5678 / 到站点来. */
    String contact(Contact contact, VoiceLanguage language) {
        if (contact == Contact.AT_STATION) {
            return Ui.REQUEST_HOW_STATION.in(language);
        }
        return maskedPhone().filter(p -> !p.isEmpty()).map(p -> Ui.REQUEST_HOW_PHONE.format(language, p))
                .orElse(Ui.REQUEST_HOW_PHONE_ON_FILE.in(language));
    }

    /** The request the kiosk sends for {@code draft}, with a fresh id, from the resident identified now. */
    ServiceRequest request(RequestDraft draft) {
        return new ServiceRequest(KioskRequests.newId(), draft.kind(), draft.subjectId(), draft.subjectName(), draft.day(),
                draft.half(), draft.contact(), context.stationId(), who.resident().map(r -> r.id()).orElse(null),
                who.card().orElse(null));
    }
}
