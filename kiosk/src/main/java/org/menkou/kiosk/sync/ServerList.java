package org.menkou.kiosk.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.menkou.content.ContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin servers a kiosk may use (several nodes of one site, e.g. behind a load balancer and beside it), in the
 * order given: the first is preferred. It knows which one the kiosk uses now. A call asks {@link #order()} which
 * servers to try, tries them in turn and reports each one that did not answer ({@link #failed}) and the one that did
 * ({@link #answered}), which becomes the one in use. The kiosk stays on a server that answers; while it is not on the
 * preferred one, the preferred is put first again once {@code retryPreferred} has passed since it last failed, and is
 * taken back when it answers. Each switch is logged once (INFO), not each request.
 *
 * <p>Thread-safe. A kiosk process has one list, made by {@link KioskSync} and shared by every client of that kiosk:
 * the sync loop, the alarm sender ({@link KioskSync#clientWithTimeout}) and the resident-booking questions, so that
 * a dead server found by one of them is skipped by the others at once.
 */
public final class ServerList {
    private static final Logger log = LoggerFactory.getLogger(ServerList.class);

    private final List<URI> servers;
    private final Duration retryPreferred;
    private final Clock clock;
    /** Index into {@link #servers} of the server in use; guarded by this. */
    private int current;
    /** When the preferred server may be tried again ahead of the one in use; guarded by this. */
    private Instant preferredDue = Instant.MIN;
    /** Why the server in use last failed, for the log line of the next switch; guarded by this. */
    private String currentProblem = "";

    /**
     * @param servers        base URLs (http or https), preferred first; duplicates are dropped, a missing final
     *                       {@code /} is added
     * @param retryPreferred how long the kiosk stays on another server before it asks the preferred one again
     * @param clock          tells when {@code retryPreferred} has passed
     */
    public ServerList(List<URI> servers, Duration retryPreferred, Clock clock) {
        Set<URI> distinct = new LinkedHashSet<>();
        for (URI s : servers) {
            distinct.add(normalise(s));
        }
        if (distinct.isEmpty()) {
            throw new ContentException("no server URL given");
        }
        if (retryPreferred.isNegative()) {
            throw new IllegalArgumentException("retryPreferred must not be negative: " + retryPreferred);
        }
        this.servers = List.copyOf(distinct);
        this.retryPreferred = retryPreferred;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A list of the one server {@code server}. */
    public static ServerList of(URI server) {
        return new ServerList(List.of(server), Duration.ZERO, Clock.systemUTC());
    }

    /** {@code server} as a base URL: an http or https URL whose path ends with {@code /}. */
    static URI normalise(URI server) {
        if (server == null || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))
                || server.getHost() == null) {
            throw new ContentException("server must be an http:// or https:// URL: " + server);
        }
        String s = server.toString();
        return URI.create(s.endsWith("/") ? s : s + "/");
    }

    /** Every server, preferred first, as base URLs ending in {@code /}. */
    public List<URI> all() {
        return servers;
    }

    /** The server in use now: the last one that answered (the preferred one until one fails). */
    public synchronized URI current() {
        return servers.get(current);
    }

    /**
     * The servers to try for one call, in order: the preferred one first when it is due again, then the one in use,
     * then the others in the given order (wrapping round), each once.
     */
    public synchronized List<URI> order() {
        List<URI> order = new ArrayList<>(servers.size());
        if (current != 0 && !clock.instant().isBefore(preferredDue)) {
            order.add(servers.get(0));
        }
        for (int i = 0; i < servers.size(); i++) {
            URI next = servers.get((current + i) % servers.size());
            if (!order.contains(next)) {
                order.add(next);
            }
        }
        return order;
    }

    /** {@code server} (one of {@link #all()}) gave an answer, whatever its status: the kiosk uses it from now on. */
    public synchronized void answered(URI server) {
        int index = servers.indexOf(server);
        if (index < 0 || index == current) {
            return;
        }
        if (index == 0) {
            log.info("kiosk server: back on the preferred {} (was {})", server, servers.get(current));
        } else {
            log.info("kiosk server: now {} (was {}: {})", server, servers.get(current), currentProblem);
        }
        current = index;
        currentProblem = "";
    }

    /**
     * {@code server} gave no answer ({@code problem} says why, for the log): when it is the preferred one it is
     * asked first again only after {@code retryPreferred}.
     */
    public synchronized void failed(URI server, String problem) {
        int index = servers.indexOf(server);
        if (index == 0) {
            preferredDue = clock.instant().plus(retryPreferred);
        }
        if (index == current) {
            currentProblem = problem;
        }
    }

    @Override
    public String toString() {
        return "ServerList" + servers + " using " + current();
    }
}
