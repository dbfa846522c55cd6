package org.menkou.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Login rate limit, keyed so that nobody can lock the real owner out from another address: at most
 * {@link #MAX_FAILURES} failed logins per (username, address) and {@link #MAX_ADDRESS_FAILURES} per address (any
 * usernames) within {@link #WINDOW}. A guesser with many addresses gets {@link #MAX_FAILURES} tries per address and
 * username; the owner's own address is never throttled by someone else's.
 *
 * <p>{@link #tryAttempt} checks and records in one transaction, counting the attempt as failed until
 * {@link #succeeded} says otherwise, so parallel guesses cannot slip past the limit. The counts live in the table
 * {@code login_throttle}, so every node on the database counts the same failures; each transaction first writes
 * (locks) the address's row, then the pair's, always in that order. Rows older than the window go with
 * {@link #prune}. Thread-safe.
 */
public final class LoginThrottle {
    public static final int MAX_FAILURES = 5;
    public static final int MAX_ADDRESS_FAILURES = 20;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param jdbi the database of the admin tables */
    public LoginThrottle(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Admits one attempt of {@code username} from {@code address} and records it as failed, or refuses it. Returns
     * zero when admitted (the caller then checks the password and calls {@link #succeeded} if it matched), else how
     * long the caller must wait.
     */
    public Duration tryAttempt(String address, String username) {
        Instant now = Instant.now(clock);
        String addressKey = addressKey(address);
        String pair = pairKey(address, username);
        return jdbi.inTransaction(h -> {
            Deque<Instant> fromAddress = lock(h, addressKey, now);
            Deque<Instant> ofPair = lock(h, pair, now);
            Duration wait = max(waitFor(ofPair, MAX_FAILURES, now), waitFor(fromAddress, MAX_ADDRESS_FAILURES, now));
            if (!wait.isZero() && !wait.isNegative()) {
                return wait;
            }
            fromAddress.addLast(now);
            ofPair.addLast(now);
            save(h, addressKey, fromAddress);
            save(h, pair, ofPair);
            return Duration.ZERO;
        });
    }

    /** The attempt admitted by {@link #tryAttempt} matched: forgets this pair's failures and that attempt. */
    public void succeeded(String address, String username) {
        Instant now = Instant.now(clock);
        String addressKey = addressKey(address);
        jdbi.useTransaction(h -> {
            Deque<Instant> fromAddress = lock(h, addressKey, now);
            fromAddress.pollLast();
            save(h, addressKey, fromAddress);
            h.createUpdate("DELETE FROM login_throttle WHERE throttle_key = ?").bind(0, pairKey(address, username))
                    .execute();
        });
    }

    /** Deletes the rows of keys without an attempt within the window; returns how many. */
    public int prune() {
        String cutoff = SORTABLE.format(Instant.now(clock).minus(WINDOW));
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM login_throttle WHERE updated_at < ?")
                .bind(0, cutoff).execute());
    }

    /**
     * Writes the row of {@code key} first (creating it), which locks it until the transaction ends, then reads its
     * failures within the window.
     */
    private static Deque<Instant> lock(Handle h, String key, Instant now) {
        h.createUpdate("""
                        INSERT INTO login_throttle (throttle_key, failures, updated_at) VALUES (?, '', ?)
                        ON CONFLICT (throttle_key) DO UPDATE SET updated_at = excluded.updated_at""")
                .bind(0, key).bind(1, SORTABLE.format(now)).execute();
        String failures = h.createQuery("SELECT failures FROM login_throttle WHERE throttle_key = ?").bind(0, key)
                .mapTo(String.class).one();
        Deque<Instant> q = new ArrayDeque<>();
        Arrays.stream(failures.split(" ")).filter(s -> !s.isEmpty()).map(Instant::parse)
                .filter(at -> at.plus(WINDOW).isAfter(now)).forEach(q::addLast);
        return q;
    }

    private static void save(Handle h, String key, Deque<Instant> failures) {
        StringBuilder text = new StringBuilder();
        failures.forEach(at -> text.append(text.length() == 0 ? "" : " ").append(at));
        h.createUpdate("UPDATE login_throttle SET failures = ? WHERE throttle_key = ?").bind(0, text.toString())
                .bind(1, key).execute();
    }

    private static Duration waitFor(Deque<Instant> failures, int max, Instant now) {
        if (failures.size() < max) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.peekFirst().plus(WINDOW));
    }

    private static String addressKey(String address) {
        return Secrets.sha256("ip:" + address);
    }

    private static String pairKey(String address, String username) {
        return Secrets.sha256("pair:" + address + "\n" + username);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
