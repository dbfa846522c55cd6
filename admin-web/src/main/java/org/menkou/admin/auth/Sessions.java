package org.menkou.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Login sessions kept in the database (they survive a restart, and every node on the database knows them). The cookie
 * carries a random token; the table holds its SHA-256 and the session's CSRF token. Sessions end after
 * {@link #LIFETIME}; {@link #prune} deletes them. Thread-safe.
 */
public final class Sessions {
    public static final Duration LIFETIME = Duration.ofHours(12);

    /** A live session: its user and the CSRF token every form of this session must carry. */
    public record Session(User user, String csrf) {
    }

    /** A new session: {@code cookie} goes to the browser once and is never stored. */
    public record Created(String cookie, Session session) {
    }

    private final Jdbi jdbi;
    private final UserStore users;
    private final Secrets secrets;
    private final Clock clock;

    public Sessions(Jdbi jdbi, UserStore users, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Created create(User user) {
        String cookie = secrets.token(32);
        String csrf = secrets.token(24);
        Instant now = Instant.now(clock);
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO web_session (token_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .bind(0, Secrets.sha256(cookie)).bind(1, user.id()).bind(2, csrf).bind(3, now.toString())
                .bind(4, now.plus(LIFETIME).toString()).execute());
        return new Created(cookie, new Session(user, csrf));
    }

    /** Deletes the sessions that ended (one node does it for all, see AdminApp); returns how many. */
    public int prune() {
        String now = Instant.now(clock).toString();
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM web_session WHERE expires_at < ?").bind(0, now).execute());
    }

    /** The live session of a cookie value whose user is still enabled. */
    public Optional<Session> find(String cookie) {
        if (cookie == null || cookie.length() > 100) {
            return Optional.empty();
        }
        String now = Instant.now(clock).toString();
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT user_id, csrf FROM web_session WHERE token_hash = ? AND expires_at > ?")
                .bind(0, Secrets.sha256(cookie)).bind(1, now)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne())
                .flatMap(row -> users.byId((Long) row[0]).filter(u -> !u.disabled())
                        .map(u -> new Session(u, (String) row[1])));
    }

    public void end(String cookie) {
        if (cookie != null) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE token_hash = ?")
                    .bind(0, Secrets.sha256(cookie)).execute());
        }
    }

    /** Ends every session of a user except the one with {@code keepCookie} (after a password change). */
    public void endOthers(long userId, String keepCookie) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE user_id = ? AND token_hash <> ?")
                .bind(0, userId).bind(1, Secrets.sha256(keepCookie == null ? "" : keepCookie)).execute());
    }
}
