package org.menkou.admin.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Handle;
import org.menkou.content.ContentException;
import org.menkou.content.protocol.KioskEvent;

/**
 * What the server does with one type of kiosk event. {@link #check} runs for every event of a batch before anything
 * is stored; {@link #apply} runs exactly once per event, in the transaction that stores it (never for a retry).
 */
public interface EventHandler {
    /** Refuses a malformed payload with an {@link ApiException} (400); must not write anything. */
    void check(KioskEvent event);

    /** Applies a newly stored event; returns the result sent back to the kiosk (null for none). */
    JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event);

    /**
     * Whether the kiosk holds a receipt for events of this type that must survive a power cut once given (a booking,
     * an alarm). A batch of only non-durable events (heartbeats: the next one says the same again) is committed on
     * ordinary connections, without waiting for the disk.
     */
    default boolean durable() {
        return true;
    }

    /** The payload of {@code event} read as {@code type}; a 400 {@code bad_<event type>} naming the event otherwise. */
    static <T> T payload(ObjectMapper json, KioskEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException | ContentException e) {
            throw new ApiException(400, "bad_" + event.type().replace('-', '_'), "event " + event.id() + ": "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
    }
}
