package org.menkou.kiosk.meals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.BookingCancel;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.EventReceipt;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.MealBooking;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.Outbox;

/**
 * A hand-written fake of the server's answers for kiosk flow tests: a sync round delivers every pending event of the
 * kiosk's real outbox with a scripted outcome (confirm with the next number, or refuse with a set reason), or fails
 * while "offline". The real server and sync engine are tested in admin-web (KioskMealBookingsTest).
 */
public final class ScriptedCanteenServer {
    private final Outbox outbox;
    private final ObjectMapper json = SyncJson.strict();
    private final KioskMealBookings bookings;
    private boolean online = true;
    private volatile List<MealBooking> listed = List.of();
    private volatile java.util.concurrent.CountDownLatch listingGate = new java.util.concurrent.CountDownLatch(0);
    private BookingRefusal refusal;
    private String refusalReason;
    private String rejection;
    private String rejectionMessage;
    private int nextNumber = 1;
    private long serverIds;
    private final List<KioskEvent> received = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ScriptedCanteenServer(Database kioskDatabase) {
        this.outbox = Outbox.open(kioskDatabase, Clock.systemUTC());
        this.bookings = new KioskMealBookings(outbox, this::round, Duration.ofMillis(200), this::listFor);
    }

    /**
     * From now on a resident's scan is answered with {@code listed} (their bookings made elsewhere), once
     * {@link #releaseListings} was called; until then the kiosk's question waits (at most 10 s).
     */
    public void holdListings(List<MealBooking> listed) {
        this.listed = List.copyOf(listed);
        this.listingGate = new java.util.concurrent.CountDownLatch(1);
    }

    /** Lets the held listings answer. */
    public void releaseListings() {
        listingGate.countDown();
    }

    private List<MealBooking> listFor(String card) {
        try {
            if (!listingGate.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the listing was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return listed;
    }

    public KioskMealBookings bookings() {
        return bookings;
    }

    /** Every event delivered so far, as the kiosk sent it. */
    public List<KioskEvent> received() {
        return List.copyOf(received);
    }

    public void online(boolean value) {
        online = value;
    }

    /**
     * From now on refuse every booking with {@code refusal} (its code) and {@code reason} (the server's Chinese
     * sentence); a null refusal with a reason is a server before codes; both null: confirm again.
     */
    public void refuseWith(BookingRefusal refusal, String reason) {
        this.refusal = refusal;
        this.refusalReason = reason;
    }

    /** From now on refuse every event itself (a 422) with error {@code code} and {@code message}; null: accept again. */
    public void rejectWith(String code, String message) {
        this.rejection = code;
        this.rejectionMessage = message;
    }

    /** One sync round: deliver everything pending, or fail when offline. */
    public void round() {
        if (online) {
            List<EventReceipt> receipts = new ArrayList<>();
            for (KioskEvent e : outbox.pending(100)) {
                received.add(e);
                if (rejection != null) {
                    outbox.rejected(List.of(e.id()), rejection, rejectionMessage);
                    continue;
                }
                receipts.add(new EventReceipt(e.id(), ++serverIds, false, json.valueToTree(answer(e))));
            }
            outbox.delivered(receipts);
        }
        bookings.roundFinished(online);
    }

    private Object answer(KioskEvent e) {
        if (e.type().equals(BookingCancel.EVENT_TYPE)) {
            return new BookingOutcome(e.payload().path("bookingId").asText(), BookingOutcome.Status.CANCELLED, null, null, null);
        }
        if (!e.type().equals(BookingRequest.EVENT_TYPE)) {
            return null;
        }
        String id = e.payload().path("bookingId").asText();
        if (refusal != null || refusalReason != null) {
            return new BookingOutcome(id, BookingOutcome.Status.REFUSED, null, null, refusalReason, refusal);
        }
        return new BookingOutcome(id, BookingOutcome.Status.CONFIRMED, nextNumber++, 1000, null);
    }
}
