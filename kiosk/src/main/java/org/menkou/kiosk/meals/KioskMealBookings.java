package org.menkou.kiosk.meals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.menkou.content.ContentException;
import org.menkou.content.protocol.BookingCancel;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRefusal;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.MealBooking;
import org.menkou.content.protocol.ResidentBookings;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.RoundWaiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's meal bookings. A booking or cancellation is written to the outbox first (so it survives crashes and
 * outages), pushed at once, and the caller waits up to {@code wait} for the server's answer; without one it stays
 * 待确认 and is settled by a later sync round. The bookings themselves are read back from the outbox (the event
 * with the server's result), so there is no second copy to keep in step; lookups query only the events they need.
 * Thread-safe. {@link #submit} and {@link #submitCancel} save at once and wait on a thread of their own (the UI
 * thread never waits); {@link #book} and {@link #cancel} block the calling thread for at most {@code wait}.
 */
public final class KioskMealBookings {
    private static final Logger log = LoggerFactory.getLogger(KioskMealBookings.class);

    private final Outbox outbox;
    private final Runnable pushNow;
    private final Function<String, List<MealBooking>> residentBookings;
    /**
     * The bookings the server listed for the resident identified now (made anywhere, 代订 included), or null: personal
     * data held only for the current resident, dropped by {@link #forgetResident}. Guarded by {@code listingLock}.
     */
    private Listing listing;
    private final Object listingLock = new Object();
    private final Duration wait;
    private final ObjectMapper json = SyncJson.lenient();
    private final RoundWaiter rounds = new RoundWaiter();

    /**
     * @param pushNow starts a sync round now (returns at once, or runs the round itself); when the round ends someone
     *                must call {@link #roundFinished}
     */
    public KioskMealBookings(Outbox outbox, Runnable pushNow, Duration wait) {
        this(outbox, pushNow, wait, card -> List.of());
    }

    /**
     * @param residentBookings asks the server for the bookings of the resident whose card payload it is given
     *                         (from today on, made anywhere); may block and throw; never called on the UI thread
     */
    public KioskMealBookings(Outbox outbox, Runnable pushNow, Duration wait,
                             Function<String, List<MealBooking>> residentBookings) {
        this.outbox = outbox;
        this.pushNow = pushNow;
        this.wait = wait;
        this.residentBookings = residentBookings;
    }

    /** Bookings pushed through {@code sync}, waiting up to {@code wait} (about 1.5 s) for the server's answer. */
    public static KioskMealBookings over(KioskSync sync, Duration wait) {
        KioskMealBookings bookings = new KioskMealBookings(sync.outbox(), sync::syncNow, wait,
                card -> sync.ask(KioskApiPaths.RESIDENT_BOOKINGS, new ResidentBookings.Query(card), ResidentBookings.Answer.class)
                        .bookings());
        sync.addListener(status -> bookings.roundFinished(status.online()));
        return bookings;
    }

    /** Bookings on a kiosk without a server: every booking stays 待确认 until a server is configured. */
    public static KioskMealBookings offline(Outbox outbox) {
        return new KioskMealBookings(outbox, () -> { }, Duration.ZERO);
    }

    /** A fresh client-generated booking id. */
    public static String newBookingId() {
        return UUID.randomUUID().toString();
    }

    /** Tells waiting callers that a sync round ended (called on the sync thread). */
    public void roundFinished(boolean online) {
        rounds.roundFinished(online);
    }

    /**
     * Saves {@code request} (committed before this returns) and pushes it; the future completes on a waiting thread
     * with the booking as it stands once the server answered, or after at most {@code wait} (then 待确认).
     */
    public CompletableFuture<MealBooking> submit(BookingRequest request) {
        outbox.add(BookingRequest.EVENT_TYPE, request);
        return inBackground(() -> {
            awaitAnswer(() -> find(request.bookingId()).map(b -> b.state() != MealBooking.State.PENDING).orElse(true));
            return find(request.bookingId()).orElseThrow();
        });
    }

    /** Like {@link #submit}, for cancelling booking {@code bookingId}. */
    public CompletableFuture<MealBooking> submitCancel(String bookingId) {
        outbox.add(BookingCancel.EVENT_TYPE, new BookingCancel(bookingId));
        return inBackground(() -> {
            awaitAnswer(() -> find(bookingId).map(b -> b.state() != MealBooking.State.CANCEL_PENDING).orElse(true));
            return find(bookingId).orElseThrow(() -> new ContentException("no booking " + bookingId + " on this kiosk"));
        });
    }

    /**
     * Asks the server, on a thread of its own, for the bookings of the resident who just scanned {@code card}
     * (made at other kiosks or by phone on the admin site); {@link #ofResident} lists them from then on, until
     * {@link #forgetResident} or the next call. Whatever was listed for an earlier resident is dropped at once. The
     * future (also {@link #listed}) completes when the answer is in, or exceptionally when the server cannot be
     * reached (the kiosk then lists what it knows itself); an answer arriving after the resident was forgotten is
     * dropped.
     */
    public CompletableFuture<List<MealBooking>> refreshResident(String residentId, String card) {
        CompletableFuture<List<MealBooking>> answer = new CompletableFuture<>();
        Listing asked = new Listing(residentId, answer);
        synchronized (listingLock) {
            listing = asked;
        }
        inBackground(() -> List.copyOf(residentBookings.apply(card))).whenComplete((listed, failure) -> {
            synchronized (listingLock) {
                if (listing == asked && failure == null) {
                    asked.bookings = listed;
                }
            }
            if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(listed);
            }
        });
        return answer;
    }

    /**
     * Completes when the server's list for {@code residentId}, asked by {@link #refreshResident}, is in (or could not
     * be had); already complete when nothing is being asked for them. Any thread; callbacks run on the answering one.
     */
    public CompletableFuture<?> listed(String residentId) {
        synchronized (listingLock) {
            return listing != null && listing.residentId.equals(residentId) ? listing.answer
                    : CompletableFuture.completedFuture(null);
        }
    }

    /** Drops what the server listed for the resident (their session ended); an answer still on its way is dropped too. */
    public void forgetResident() {
        synchronized (listingLock) {
            listing = null;
        }
    }

    /** The server's bookings of the identified resident, once they arrived; empty otherwise. */
    private List<MealBooking> listedFor(String residentId) {
        synchronized (listingLock) {
            return listing != null && listing.residentId.equals(residentId) && listing.bookings != null
                    ? listing.bookings : List.of();
        }
    }

    /** One resident's listing: asked, and (once answered) their bookings. Fields guarded by {@code listingLock}. */
    private static final class Listing {
        final String residentId;
        final CompletableFuture<List<MealBooking>> answer;
        List<MealBooking> bookings;

        Listing(String residentId, CompletableFuture<List<MealBooking>> answer) {
            this.residentId = residentId;
            this.answer = answer;
        }
    }

    /** Runs {@code work} on a new daemon thread of its own (bookings are rare; the thread ends with the wait). */
    private static <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                answer.complete(work.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, "booking-wait");
        waiter.setDaemon(true);
        waiter.start();
        return answer;
    }

    /** Saves {@code request}, pushes it and returns the booking as it stands after at most {@code wait}. */
    public MealBooking book(BookingRequest request) {
        outbox.add(BookingRequest.EVENT_TYPE, request);
        awaitAnswer(() -> find(request.bookingId()).map(b -> b.state() != MealBooking.State.PENDING).orElse(true));
        return find(request.bookingId()).orElseThrow();
    }

    /** Asks to cancel booking {@code bookingId}; returns the booking as it stands after at most {@code wait}. */
    public MealBooking cancel(String bookingId) {
        outbox.add(BookingCancel.EVENT_TYPE, new BookingCancel(bookingId));
        awaitAnswer(() -> find(bookingId).map(b -> b.state() != MealBooking.State.CANCEL_PENDING).orElse(true));
        return find(bookingId).orElseThrow(() -> new ContentException("no booking " + bookingId + " on this kiosk"));
    }

    private void awaitAnswer(java.util.function.BooleanSupplier answered) {
        rounds.await(pushNow, answered, wait);
    }

    /**
     * The booking {@code bookingId} made at this kiosk (or listed by the server for a resident who scanned here),
     * with its latest state; reads only its own events.
     */
    public Optional<MealBooking> find(String bookingId) {
        Optional<MealBooking> here = settle(outbox.entries(BookingRequest.EVENT_TYPE, "bookingId", bookingId)).stream()
                .findFirst();
        if (here.isPresent()) {
            return here;
        }
        List<MealBooking> listed;
        synchronized (listingLock) {
            listed = listing == null || listing.bookings == null ? List.of() : listing.bookings;
        }
        return listed.stream().filter(b -> b.id().equals(bookingId)).findFirst().map(this::withLocalCancel);
    }

    /**
     * The bookings of one resident, newest first: those made at this kiosk (reading only their events), then those
     * the server listed at their scan that this kiosk did not make (other kiosks, 代订), while they are identified.
     */
    public List<MealBooking> ofResident(String residentId) {
        List<MealBooking> out = new ArrayList<>(settle(outbox.entries(BookingRequest.EVENT_TYPE, "residentId", residentId)));
        java.util.Set<String> here = new java.util.HashSet<>();
        out.forEach(b -> here.add(b.id()));
        for (MealBooking b : listedFor(residentId)) {
            if (!here.contains(b.id())) {
                out.add(withLocalCancel(b));
            }
        }
        return out;
    }

    /** A booking listed by the server, with a cancellation asked at this kiosk since applied. */
    private MealBooking withLocalCancel(MealBooking b) {
        List<Outbox.Entry> cancels = outbox.entries(BookingCancel.EVENT_TYPE, "bookingId", b.id());
        return withCancel(b, cancels.isEmpty() ? null : cancels.get(cancels.size() - 1));
    }

    /** Every booking still held in the outbox, newest first, with its latest state. */
    public List<MealBooking> all() {
        return settle(outbox.entries(BookingRequest.EVENT_TYPE));
    }

    /** The bookings of {@code requests} (oldest first) with their cancellations applied, newest first. */
    private List<MealBooking> settle(List<Outbox.Entry> requests) {
        List<MealBooking> out = new ArrayList<>();
        for (Outbox.Entry e : requests) {
            BookingRequest request = read(e.event().payload(), BookingRequest.class);
            List<Outbox.Entry> cancels = outbox.entries(BookingCancel.EVENT_TYPE, "bookingId", request.bookingId());
            out.add(0, withCancel(booked(request, e), cancels.isEmpty() ? null : cancels.get(cancels.size() - 1)));
        }
        return out;
    }

    private MealBooking booked(BookingRequest request, Outbox.Entry e) {
        return switch (e.state()) {
            case PENDING -> new MealBooking(request, MealBooking.State.PENDING, null, null, null);
            case REJECTED -> new MealBooking(request, MealBooking.State.REFUSED, null, null, null,
                    BookingRefusal.fromCode(e.reasonCode()).filter(r -> r != BookingRefusal.UNKNOWN)
                            .orElse(BookingRefusal.REJECTED));
            case DELIVERED -> {
                BookingOutcome o = outcome(e);
                if (o == null) {
                    yield new MealBooking(request, MealBooking.State.REFUSED, null, null, null,
                            BookingRefusal.UNREADABLE_ANSWER);
                }
                MealBooking.State state = switch (o.status()) {
                    case CONFIRMED -> MealBooking.State.CONFIRMED;
                    case REFUSED -> MealBooking.State.REFUSED;
                    case CANCELLED -> MealBooking.State.CANCELLED;
                };
                yield new MealBooking(request, state, o.number(), o.priceFen(), o.reason(), o.refusal());
            }
        };
    }

    private MealBooking withCancel(MealBooking b, Outbox.Entry cancel) {
        if (cancel == null || b.state() == MealBooking.State.REFUSED || b.state() == MealBooking.State.CANCELLED) {
            return b;
        }
        if (cancel.state() == Outbox.State.PENDING) {
            return new MealBooking(b.request(), MealBooking.State.CANCEL_PENDING, b.number(), b.priceFen(), null);
        }
        if (cancel.state() == Outbox.State.DELIVERED) {
            BookingOutcome o = outcome(cancel);
            if (o == null) {
                return new MealBooking(b.request(), b.state(), b.number(), b.priceFen(), null,
                        BookingRefusal.UNREADABLE_ANSWER);
            }
            if (o.status() == BookingOutcome.Status.CANCELLED) {
                return new MealBooking(b.request(), MealBooking.State.CANCELLED, b.number(), b.priceFen(), null);
            }
            return new MealBooking(b.request(), b.state(), b.number(), b.priceFen(), o.reason(), o.refusal());
        }
        return b;
    }

    /** The server's outcome of a delivered event, or null when it sent none or one this kiosk cannot read. */
    private BookingOutcome outcome(Outbox.Entry e) {
        try {
            return read(e.result(), BookingOutcome.class);
        } catch (ContentException ex) {
            log.warn("booking event {}: {}", e.event().id(), ex.getMessage());
            return null;
        }
    }

    private <T> T read(JsonNode node, Class<T> type) {
        if (node == null) {
            throw new ContentException("the server sent no result for a " + type.getSimpleName());
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new ContentException("unreadable " + type.getSimpleName() + " from the server: " + e.getOriginalMessage(), e);
        }
    }
}
