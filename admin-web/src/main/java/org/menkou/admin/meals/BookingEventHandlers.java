package org.menkou.admin.meals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.menkou.admin.api.ApiException;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.Kiosk;
import org.menkou.content.ContentException;
import org.menkou.content.meal.BookingCancel;
import org.menkou.content.meal.BookingOutcome;
import org.menkou.content.meal.BookingRequest;
import org.menkou.content.sync.KioskEvent;

/**
 * The kiosk event handlers of meal booking: {@value BookingRequest#EVENT_TYPE} and {@value BookingCancel#EVENT_TYPE}.
 * Each answers with a {@link BookingOutcome} as the event's result (see docs/api.md).
 */
public final class BookingEventHandlers {
    private final MealBookingService service;
    private final ObjectMapper json;

    public BookingEventHandlers(MealBookingService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
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
                // The kiosk's own station, not what the payload claims.
                BookingRequest atStation = new BookingRequest(r.bookingId(), r.canteenId(), r.date(), r.meal(),
                        r.setCode(), r.residentId(), r.tierCode(), r.delivery(), kiosk.stationId());
                return json.valueToTree(service.book(h, atStation, kiosk.id(), null));
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
                return json.valueToTree(service.cancel(h, parse(event, BookingCancel.class).bookingId()));
            }
        };
    }

    private <T> T parse(KioskEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException | ContentException e) {
            throw new ApiException(400, "bad_" + event.type().replace('-', '_'),
                    "event " + event.id() + ": " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
    }
}
