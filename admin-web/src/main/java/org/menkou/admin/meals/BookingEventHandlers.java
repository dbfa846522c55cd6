package org.menkou.admin.meals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.menkou.admin.api.ApiException;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.ResidentCards;
import org.menkou.admin.auth.Role;
import org.menkou.content.protocol.BookingCancel;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.ResidentBookings;

/**
 * The kiosk event handlers of meal booking: {@value BookingRequest#EVENT_TYPE} and {@value BookingCancel#EVENT_TYPE}.
 * Each answers with a {@link BookingOutcome} as the event's result (see docs/api.md). A kiosk books for a resident
 * only with the resident card scanned there: its signed payload must verify with the district's keys (not expired,
 * not revoked) and name that resident. A kiosk cancels only bookings made at its own station. Either refusal is a 422
 * whose error is a {@link BookingRefusal} code (which the kiosk words for the resident), so the kiosk sets the event
 * aside instead of retrying it. Every refused decision carries its code too.
 */
public final class BookingEventHandlers {
    private final MealBookingService service;
    private final ObjectMapper json;
    private final ResidentCards cards;

    public BookingEventHandlers(MealBookingService service, ObjectMapper json, ResidentCards cards) {
        this.service = service;
        this.json = json;
        this.cards = cards;
    }

    public EventHandler booking() {
        return new EventHandler() {
            @Override
            public void check(KioskEvent event) {
                parse(event, BookingRequest.class);
            }

            @Override
            public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
                BookingRequest r = parse(event, BookingRequest.class);
                if (!r.isWalkIn()) {
                    requireCardOf(r, event);
                }
                // The kiosk's own station, not what the payload claims.
                return json.valueToTree(service.book(h, r.atStation(kiosk.stationId()), kiosk.id(), null));
            }
        };
    }

    public EventHandler cancel() {
        return new EventHandler() {
            @Override
            public void check(KioskEvent event) {
                parse(event, BookingCancel.class);
            }

            @Override
            public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
                String bookingId = parse(event, BookingCancel.class).bookingId();
                Optional<String> station = service.stationOf(h, bookingId);
                if (station.isPresent() && !station.get().equals(kiosk.stationId())) {
                    throw new ApiException(422, BookingRefusal.NOT_OWN_STATION.code(), "event " + event.id()
                            + ": a kiosk cancels only bookings made at its own station");
                }
                return json.valueToTree(service.cancel(h, bookingId));
            }
        };
    }

    /**
     * Registers {@code POST} {@link KioskApiPaths#RESIDENT_BOOKINGS} (kiosks only): the bookings from today on of the
     * resident whose valid card the kiosk presents, wherever they were made (代订 included). 422 for a card that is
     * not a valid resident card.
     */
    public void registerResidentBookings(RoutesConfig routes) {
        routes.post(KioskApiPaths.RESIDENT_BOOKINGS, ctx -> {
            ResidentBookings.Query query;
            try {
                query = json.readValue(ctx.body(), ResidentBookings.Query.class);
            } catch (JsonProcessingException e) {
                throw new ApiException(400, "malformed_json", "the body must be {\"card\": \"...\"}");
            }
            if (query.card() == null || query.card().isEmpty()) {
                throw new ApiException(400, "card_required", "send the card the resident scanned");
            }
            String residentId = verifiedResident(query.card(), "query");
            ctx.json(new ResidentBookings.Answer(service.bookingsOf(residentId, service.today())));
        }, Role.KIOSK);
    }

    private void requireCardOf(BookingRequest r, KioskEvent event) {
        if (r.card() == null) {
            throw new ApiException(422, BookingRefusal.CARD_REQUIRED.code(), "event " + event.id()
                    + ": a booking for a resident needs the card scanned at the kiosk");
        }
        if (!verifiedResident(r.card(), "event " + event.id()).equals(r.residentId())) {
            throw new ApiException(422, BookingRefusal.CARD_MISMATCH.code(), "event " + event.id()
                    + ": the card is not the booking resident's");
        }
    }

    private String verifiedResident(String card, String what) {
        return cards.residentOf(card, what);
    }

    private <T> T parse(KioskEvent event, Class<T> type) {
        return EventHandler.payload(json, event, type);
    }
}
