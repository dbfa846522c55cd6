package org.menkou.kiosk.requests;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.ResidentNews;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.RoundWaiter;

/**
 * The kiosk's service requests and feedback answers, and what the server tells an identified resident about them.
 * A request or an answer is written to the outbox first (it survives crashes and outages; the server keeps each id
 * once), pushed at once, and a request's caller waits up to {@code wait} for the server's receipt; without one it
 * stays 待确认 and a later sync round delivers it. Thread-safe; {@link #submit} and {@link #refreshResident} wait on
 * threads of their own, never on the caller's.
 */
public final class KioskRequests {
    /** Runs each wait on a new daemon thread: requests are rare and each thread ends with its wait. */
    private static final Executor WAITER = work -> {
        Thread t = new Thread(work, "request-wait");
        t.setDaemon(true);
        t.start();
    };
    private final Outbox outbox;
    private final Runnable pushNow;
    private final Duration wait;
    private final Function<String, ResidentNews.Answer> askNews;
    private final RoundWaiter rounds = new RoundWaiter();
    /** What the server told about the resident identified now, or null; personal data dropped by forgetResident. */
    private Heard heard;
    private final Object heardLock = new Object();

    /** Where a request stands at the kiosk. */
    public enum Sent {
        /** Saved; the server has not acknowledged it yet (offline, or slow). */
        PENDING,
        /** The server has it in the advisors' queue. */
        RECEIVED,
        /** The server refused it (e.g. the card was revoked meanwhile). */
        REFUSED
    }

    /**
     * @param pushNow starts a sync round now; whoever runs rounds calls {@link #roundFinished} after each
     * @param askNews asks the server what to tell the resident whose card payload it is given; may block and throw;
     *                never called on the UI thread
     */
    public KioskRequests(Outbox outbox, Runnable pushNow, Duration wait, Function<String, ResidentNews.Answer> askNews) {
        this.outbox = outbox;
        this.pushNow = pushNow;
        this.wait = wait;
        this.askNews = askNews;
    }

    /** Requests pushed through {@code sync}, waiting up to {@code wait} (about 1.5 s) for the server's receipt. */
    public static KioskRequests over(KioskSync sync, Duration wait) {
        KioskRequests requests = new KioskRequests(sync.outbox(), sync::syncNow, wait,
                card -> sync.ask(KioskApiPaths.RESIDENT_NEWS, new ResidentNews.Query(card), ResidentNews.Answer.class));
        sync.addListener(status -> requests.roundFinished(status.online()));
        return requests;
    }

    /** Requests on a kiosk without a server: they stay 待确认 until one is configured; no news. */
    public static KioskRequests offline(Outbox outbox) {
        return new KioskRequests(outbox, () -> { }, Duration.ZERO, card -> {
            throw new IllegalStateException("no server configured");
        });
    }

    /** A fresh client-generated id for a request or an answer. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Tells waiting callers that a sync round ended (called on the sync thread). */
    public void roundFinished(boolean online) {
        rounds.roundFinished(online);
    }

    /**
     * Saves {@code request} (committed before this returns) and pushes it; the future completes on a waiting thread
     * once the server acknowledged or refused it, or after at most {@code wait} ({@link Sent#PENDING}).
     */
    public CompletableFuture<Sent> submit(ServiceRequest request) {
        String eventId = outbox.add(ServiceRequest.EVENT_TYPE, request);
        return CompletableFuture.supplyAsync(() -> {
            rounds.await(pushNow, () -> sent(eventId) != Sent.PENDING, wait);
            return sent(eventId);
        }, WAITER);
    }

    private Sent sent(String eventId) {
        return switch (outbox.state(eventId).orElse(Outbox.State.PENDING)) {
            case PENDING -> Sent.PENDING;
            case DELIVERED -> Sent.RECEIVED;
            case REJECTED -> Sent.REFUSED;
        };
    }

    /** Saves {@code answer} (committed before this returns) and pushes it; nobody waits for the server's receipt. */
    public void answer(FeedbackAnswer answer) {
        outbox.add(FeedbackAnswer.EVENT_TYPE, answer);
        pushNow.run();
    }

    /** True when this kiosk holds an answer about {@code subjectId}, sent or still waiting to be. */
    public boolean answered(String subjectId) {
        return !outbox.entries(FeedbackAnswer.EVENT_TYPE, "subjectId", subjectId).isEmpty();
    }

    /** The requests of {@code residentId} made here that the server has not acknowledged yet, oldest first. */
    public List<ServiceRequest> unsentOf(String residentId) {
        return outbox.entries(ServiceRequest.EVENT_TYPE, "residentId", residentId).stream()
                .filter(e -> e.state() == Outbox.State.PENDING)
                .map(e -> SyncJson.lenient().convertValue(e.event().payload(), ServiceRequest.class))
                .toList();
    }

    /**
     * Asks the server, on a thread of its own, what to tell the resident who just scanned {@code card};
     * {@link #newsFor} answers from then on, until {@link #forgetResident} or the next call. The future completes
     * when the answer is in, or exceptionally when the server cannot be reached; an answer arriving after the
     * resident was forgotten is dropped.
     */
    public CompletableFuture<ResidentNews.Answer> refreshResident(String residentId, String card) {
        Heard asked = new Heard(residentId);
        synchronized (heardLock) {
            heard = asked;
        }
        return CompletableFuture.supplyAsync(() -> askNews.apply(card), WAITER).whenComplete((answer, failure) -> {
            synchronized (heardLock) {
                if (heard == asked && failure == null) {
                    asked.answer = answer;
                }
            }
        });
    }

    /** What the server told about {@code residentId}, once it arrived; empty otherwise. */
    public Optional<ResidentNews.Answer> newsFor(String residentId) {
        synchronized (heardLock) {
            return heard != null && heard.residentId.equals(residentId) ? Optional.ofNullable(heard.answer)
                    : Optional.empty();
        }
    }

    /** Drops what the server told about the resident (their session ended). */
    public void forgetResident() {
        synchronized (heardLock) {
            heard = null;
        }
    }

    /** What was heard for one resident. Fields guarded by {@code heardLock}. */
    private static final class Heard {
        final String residentId;
        ResidentNews.Answer answer;

        Heard(String residentId) {
            this.residentId = residentId;
        }
    }
}
