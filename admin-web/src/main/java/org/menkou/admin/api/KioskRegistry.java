package org.menkou.admin.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.menkou.admin.auth.Secrets;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.protocol.UpdateReport;

/** Registered kiosks and their tokens (stored as SHA-256 only). Thread-safe. */
public final class KioskRegistry {
    /** A kiosk just registered: the token is shown once and never again. */
    public record Registered(Kiosk kiosk, String token) {
    }

    private static final ObjectMapper JSON = SyncJson.strict();
    private final Jdbi jdbi;
    private final Secrets secrets;
    private final Clock clock;

    public KioskRegistry(Jdbi jdbi, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Registers a kiosk for {@code stationId} (which the caller has checked exists). */
    public Registered register(String stationId, String label, String by) {
        String id = "k-" + secrets.token(6).toLowerCase().replace('_', 'x').replace('-', 'y');
        String token = "mk1." + secrets.token(32);
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO kiosk (id, station_id, label, token_hash, registered_at, registered_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, id).bind(1, stationId).bind(2, label).bind(3, Secrets.sha256(token))
                .bind(4, Instant.now(clock).toString()).bind(5, by).execute());
        return new Registered(find(id).orElseThrow(), token);
    }

    /** The kiosk a bearer token belongs to, unless revoked. */
    public Optional<Kiosk> byToken(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk WHERE token_hash = ? AND revoked = 0")
                .bind(0, Secrets.sha256(token)).map((rs, ctx) -> map(rs)).findOne());
    }

    public Optional<Kiosk> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<Kiosk> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM kiosk ORDER BY station_id, id")
                .map((rs, ctx) -> map(rs)).list());
    }

    public boolean revoke(String id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE kiosk SET revoked = 1 WHERE id = ? AND revoked = 0")
                .bind(0, id).execute()) > 0;
    }

    /** This kiosk's own offline time, or empty when it uses the server's default. */
    public Optional<Duration> offlineAfter(String kioskId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT offline_after_seconds FROM kiosk WHERE id = ?").bind(0, kioskId)
                .map((rs, ctx) -> rs.getObject(1) == null ? null : Duration.ofSeconds(rs.getLong(1))).findFirst()
                .flatMap(Optional::ofNullable));
    }

    /** Sets this kiosk's own offline time (whole seconds, at least 1), or with empty the server's default again. */
    public void setOfflineAfter(String kioskId, Optional<Duration> after) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE kiosk SET offline_after_seconds = ? WHERE id = ?")
                .bind(0, after.map(Duration::toSeconds).orElse(null)).bind(1, kioskId).execute());
    }

    /** Records a heartbeat in the caller's transaction; {@code at} is the server's receive time. */
    void heartbeat(Handle h, String kioskId, Heartbeat beat, Instant at) {
        h.createUpdate("""
                        UPDATE kiosk SET last_heartbeat = ?, content_version = ?, app_version = ?,
                          voice_model_installed = ?, voice_status = ?, device_report = ?, update_report = ?
                          WHERE id = ?""")
                .bind(0, at.toString()).bind(1, beat.contentVersion()).bind(2, beat.appVersion())
                .bind(3, beat.voiceModelInstalled() ? 1 : 0).bind(4, beat.voiceStatus())
                .bind(5, write(beat.device())).bind(6, write(beat.update())).bind(7, kioskId).execute();
    }

    private static Kiosk map(ResultSet rs) throws SQLException {
        String beat = rs.getString("last_heartbeat");
        return new Kiosk(rs.getString("id"), rs.getString("station_id"), rs.getString("label"),
                Instant.parse(rs.getString("registered_at")), rs.getString("registered_by"),
                rs.getInt("revoked") == 1, beat == null ? null : Instant.parse(beat),
                rs.getObject("content_version") == null ? null : rs.getLong("content_version"),
                rs.getString("app_version"),
                rs.getObject("voice_model_installed") == null ? null : rs.getInt("voice_model_installed") == 1,
                rs.getString("voice_status"), read(rs.getString("device_report"), DeviceReport.class),
                read(rs.getString("update_report"), UpdateReport.class));
    }

    private static String write(Object report) {
        try {
            return report == null ? null : JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a kiosk report", e);
        }
    }

    /** A stored report, or null when there is none or it no longer reads (a report is replaced by the next beat). */
    private static <T> T read(String stored, Class<T> type) {
        try {
            return stored == null ? null : JSON.readValue(stored, type);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
