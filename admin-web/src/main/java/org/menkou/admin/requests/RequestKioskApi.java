package org.menkou.admin.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.api.ApiException;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.ResidentCards;
import org.menkou.admin.auth.Role;
import org.menkou.admin.feedback.FeedbackBook;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.ResidentNews;
import org.menkou.content.protocol.ServiceRequest;

/**
 * What kiosks send and ask about requests and feedback: the {@value ServiceRequest#EVENT_TYPE} and
 * {@value FeedbackAnswer#EVENT_TYPE} events, and {@code POST} {@link KioskApiPaths#RESIDENT_NEWS}. A request for a
 * resident and every answer carry the card scanned at the kiosk, which must be a valid card of that resident (else a
 * 422 with the booking refusal's code, and the kiosk sets the event aside). A request's result is
 * {@code {"state": "NEW"}}; an answer's {@code {"kept": true}}, or 422 {@code not_askable} for a meal not picked up,
 * a request not done, or someone else's.
 */
public final class RequestKioskApi {
    private final ServiceRequests requests;
    private final FeedbackBook feedback;
    private final ResidentCards cards;
    private final ObjectMapper json;
    private final Jdbi jdbi;

    public RequestKioskApi(ServiceRequests requests, FeedbackBook feedback, ResidentCards cards, ObjectMapper json,
                           Jdbi jdbi) {
        this.requests = requests;
        this.feedback = feedback;
        this.cards = cards;
        this.json = json;
        this.jdbi = jdbi;
    }

    /** The event handlers by type. */
    public Map<String, EventHandler> eventHandlers() {
        return Map.of(ServiceRequest.EVENT_TYPE, new EventHandler() {
            @Override
            public void check(KioskEvent event) {
                parse(event, ServiceRequest.class);
            }

            @Override
            public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
                ServiceRequest r = parse(event, ServiceRequest.class);
                if (!r.isWalkIn()) {
                    requireCardOf(r.card(), r.residentId(), event);
                }
                RequestRow stored = requests.receive(h, r.atStation(kiosk.stationId()), kiosk.id());
                return json.createObjectNode().put("state", stored.state().name());
            }
        }, FeedbackAnswer.EVENT_TYPE, new EventHandler() {
            @Override
            public void check(KioskEvent event) {
                parse(event, FeedbackAnswer.class);
            }

            @Override
            public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
                FeedbackAnswer a = parse(event, FeedbackAnswer.class);
                requireCardOf(a.card(), a.residentId(), event);
                if (feedback.record(h, a).isPresent()) {
                    throw new ApiException(422, "not_askable", "event " + event.id()
                            + ": that meal was not picked up, or that request is not done, or not this resident's");
                }
                return json.createObjectNode().put("kept", true);
            }
        });
    }

    /** Registers {@code POST} {@link KioskApiPaths#RESIDENT_NEWS} (kiosks only). */
    public void register(RoutesConfig routes) {
        routes.post(KioskApiPaths.RESIDENT_NEWS, ctx -> {
            ResidentNews.Query query;
            try {
                query = json.readValue(ctx.body(), ResidentNews.Query.class);
            } catch (JsonProcessingException e) {
                throw new ApiException(400, "malformed_json", "the body must be {\"card\": \"...\"}");
            }
            if (query.card() == null || query.card().isEmpty()) {
                throw new ApiException(400, "card_required", "send the card the resident scanned");
            }
            String residentId = cards.residentOf(query.card(), "query");
            ctx.json(new ResidentNews.Answer(maskedPhone(residentId).orElse(null), requests.openFor(residentId),
                    feedback.questionFor(residentId).orElse(null)));
        }, Role.KIOSK);
    }

    /** The resident's phone on file, masked as 138****5678 (the first three and the last four digits kept). */
    private Optional<String> maskedPhone(String residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT phone FROM resident_phone WHERE resident_id = :id")
                .bind("id", residentId).mapTo(String.class).findOne()).map(RequestKioskApi::mask);
    }

    static String mask(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    private void requireCardOf(String card, String residentId, KioskEvent event) {
        if (card == null) {
            throw new ApiException(422, "card_required", "event " + event.id() + ": a resident's request needs their card");
        }
        if (!cards.residentOf(card, "event " + event.id()).equals(residentId)) {
            throw new ApiException(422, "card_mismatch", "event " + event.id() + ": the card is not the resident's");
        }
    }

    private <T> T parse(KioskEvent event, Class<T> type) {
        return EventHandler.payload(json, event, type);
    }
}
