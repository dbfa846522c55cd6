package org.menkou.admin.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Text;

/** Accounts of the admin site; passwords hashed with bcrypt. Thread-safe. */
public final class UserStore {
    /** Shortest password accepted, in characters. */
    public static final int MIN_PASSWORD = 10;
    /** Longest password accepted, in UTF-8 bytes: bcrypt reads no further. */
    public static final int MAX_PASSWORD_BYTES = 72;
    /** Passwords refused however long they are (compared ignoring case). */
    private static final Set<String> COMMON_PASSWORDS = Set.of("12345678", "123456789", "1234567890", "12345678910",
            "0123456789", "9876543210", "password", "password1", "password123", "passw0rd", "admin123", "admin12345",
            "administrator", "qwertyuiop", "qwerty123", "1q2w3e4r5t", "1qaz2wsx3edc", "abc123456", "abcd1234",
            "a123456789", "iloveyou", "welcome123", "letmein123", "menkou123", "menkou1234", "changeme123",
            "woaini1314", "5201314520", "1314520520", "zxcvbnm123", "aa12345678");

    private final Jdbi jdbi;
    private final int cost;
    private final Clock clock;

    /** The hash checked when the username is unknown, at the same cost as real ones so both take the same time. */
    private final byte[] dummyHash;

    public UserStore(Jdbi jdbi, int bcryptCost, Clock clock) {
        this.jdbi = jdbi;
        this.cost = bcryptCost;
        this.clock = clock;
        this.dummyHash = BCrypt.withDefaults().hash(bcryptCost, "not-a-password".toCharArray());
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
        checkPassword(name, password);
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
        checkPassword(byId(id).orElseThrow(() -> new AuthException("没有这个用户")).username(), password);
        jdbi.useHandle(h -> h.createUpdate("UPDATE web_user SET password_hash = ?, must_change_password = ? WHERE id = ?")
                .bind(0, hash(password)).bind(1, mustChange ? 1 : 0).bind(2, id).execute());
    }

    /**
     * The user whose name and password match and who is not disabled. Costs one bcrypt check at the store's cost
     * whether or not the user exists and whatever the password's length, so the answer's timing tells nothing.
     */
    public Optional<User> verify(String username, String password) {
        String name = username == null ? "" : username.strip();
        Optional<String> stored = name.isEmpty() || name.length() > 64 ? Optional.empty()
                : jdbi.withHandle(h -> h.createQuery(
                        "SELECT password_hash FROM web_user WHERE username = ? AND disabled = 0")
                .bind(0, name.toLowerCase(Locale.ROOT)).mapTo(String.class).findOne());
        boolean usable = password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
        char[] candidate = usable ? password.toCharArray() : "not-the-password".toCharArray();
        byte[] hash = stored.map(h -> h.getBytes(StandardCharsets.UTF_8)).orElse(dummyHash);
        boolean ok = BCrypt.verifyer().verify(candidate, hash).verified;
        return ok && usable && stored.isPresent() ? find(name) : Optional.empty();
    }

    /** True when {@code password} is this user's current password. */
    public boolean checkCurrent(long id, String password) {
        return byId(id).flatMap(u -> verify(u.username(), password)).isPresent();
    }

    /** The user of this name, whatever its letters' case (usernames are stored in lower case and unique ignoring case). */
    public Optional<User> find(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM web_user WHERE username = ?")
                .bind(0, username == null ? null : username.toLowerCase(Locale.ROOT))
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
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
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

    /**
     * Password rule: at least {@value #MIN_PASSWORD} characters and at most {@value #MAX_PASSWORD_BYTES} UTF-8 bytes;
     * not one character repeated, not the username, not a well-known password. Throws {@link AuthException} with a
     * sentence the user can act on.
     */
    public static void checkPassword(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new AuthException("密码至少 " + MIN_PASSWORD + " 位");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AuthException("密码太长：最多 " + MAX_PASSWORD_BYTES + " 个字节（约 72 个字母数字或 24 个汉字）");
        }
        if (password.codePoints().distinct().count() == 1) {
            throw new AuthException("密码不能全是同一个字符");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new AuthException("密码不能包含用户名");
        }
        if (COMMON_PASSWORDS.contains(lower) || isRun(lower)) {
            throw new AuthException("这个密码太常见，很容易被猜到，请换一个");
        }
    }

    /** True for a run of consecutive characters such as 0123456789 or abcdefghij (either direction). */
    private static boolean isRun(String password) {
        int[] c = password.codePoints().toArray();
        int step = c[1] - c[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < c.length; i++) {
            if (c[i] - c[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static User map(ResultSet rs) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getString("station_id"),
                rs.getInt("must_change_password") == 1, rs.getInt("disabled") == 1);
    }
}
