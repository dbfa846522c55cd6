package org.menkou.admin.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Text;

/** Accounts of the admin site; passwords hashed with bcrypt. Thread-safe. */
public final class UserStore {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 10;
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(4, "dummy-password".toCharArray());

    private final Jdbi jdbi;
    private final int cost;
    private final Clock clock;

    public UserStore(Jdbi jdbi, int bcryptCost, Clock clock) {
        this.jdbi = jdbi;
        this.cost = bcryptCost;
        this.clock = clock;
    }

    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM web_user").mapTo(Integer.class).one()) == 0;
    }

    /** Creates an account; the username must be new. Returns it. */
    public User create(String username, String displayName, Role role, String stationId, String password,
                       boolean mustChange) {
        String name = checkUsername(username);
        String display = Text.requiredLine("displayName", displayName, 20);
        checkRole(role, stationId);
        checkPassword(password);
        if (find(name).isPresent()) {
            throw new AuthException("用户名已经有人用了: " + name);
        }
        long id = jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO web_user (username, display_name, role, station_id, password_hash,
                          must_change_password, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, name).bind(1, display).bind(2, role.name()).bind(3, stationId).bind(4, hash(password))
                .bind(5, mustChange ? 1 : 0).bind(6, Instant.now(clock).toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return byId(id).orElseThrow();
    }

    /** Changes name, role, station and the disabled flag (not the password). */
    public User update(long id, String displayName, Role role, String stationId, boolean disabled) {
        String display = Text.requiredLine("displayName", displayName, 20);
        checkRole(role, stationId);
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE web_user SET display_name = ?, role = ?, station_id = ?, disabled = ? WHERE id = ?")
                .bind(0, display).bind(1, role.name()).bind(2, stationId).bind(3, disabled ? 1 : 0).bind(4, id)
                .execute());
        if (disabled) {
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM web_session WHERE user_id = ?").bind(0, id).execute());
        }
        return byId(id).orElseThrow(() -> new AuthException("没有这个用户"));
    }

    /** Sets a new password; {@code mustChange} makes the user choose another at the next login (after a reset). */
    public void setPassword(long id, String password, boolean mustChange) {
        checkPassword(password);
        jdbi.useHandle(h -> h.createUpdate("UPDATE web_user SET password_hash = ?, must_change_password = ? WHERE id = ?")
                .bind(0, hash(password)).bind(1, mustChange ? 1 : 0).bind(2, id).execute());
    }

    /** The user whose name and password match and who is not disabled; costs one bcrypt check either way. */
    public Optional<User> verify(String username, String password) {
        if (username == null || password == null || password.length() > 200) {
            return Optional.empty();
        }
        Optional<String> stored = jdbi.withHandle(h -> h.createQuery(
                        "SELECT password_hash FROM web_user WHERE username = ? COLLATE NOCASE AND disabled = 0")
                .bind(0, username.strip()).mapTo(String.class).findOne());
        boolean ok = BCrypt.verifyer().verify(password.toCharArray(),
                stored.orElse(DUMMY_HASH).getBytes(StandardCharsets.UTF_8)).verified;
        return ok && stored.isPresent() ? find(username.strip()) : Optional.empty();
    }

    /** True when {@code password} is this user's current password. */
    public boolean checkCurrent(long id, String password) {
        return byId(id).flatMap(u -> verify(u.username(), password)).isPresent();
    }

    /** The user of this name, whatever its letters' case (usernames are stored in lower case and unique ignoring case). */
    public Optional<User> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_user WHERE username = ? COLLATE NOCASE").bind(0, username)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public Optional<User> byId(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_user WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<User> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_user ORDER BY role, username")
                .map((rs, ctx) -> map(rs)).list());
    }

    private String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    private static String checkUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9._-]{2,31}")) {
            throw new AuthException("用户名用 3 到 32 个字母、数字或 . _ -，以字母开头（不分大小写）");
        }
        return name;
    }

    private static void checkRole(Role role, String stationId) {
        if (role == null || !role.isUserRole()) {
            throw new AuthException("请选择角色");
        }
        if (role == Role.VOLUNTEER && (stationId == null || stationId.isBlank())) {
            throw new AuthException("志愿者要选一个所在站点");
        }
    }

    /** Password rule: at least {@value #MIN_PASSWORD} characters, at most 200. */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new AuthException("密码至少 " + MIN_PASSWORD + " 位");
        }
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("station_id"),
                rs.getInt("must_change_password") == 1, rs.getInt("disabled") == 1);
    }
}
