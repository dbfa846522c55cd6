package org.menkou.admin.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.UpdateReport;

/**
 * Heartbeats update the fleet page; heartbeat events older than a day are pruned as new ones arrive. Not durable: a
 * heartbeat lost in a power cut is replaced by the next one.
 */
public final class HeartbeatHandler implements EventHandler {
    private static final Duration KEEP = Duration.ofDays(1);
    private static final int PRUNE_BATCH = 4;
    private final ObjectMapper json;
    private final KioskRegistry kiosks;
    private final Clock clock;

    public HeartbeatHandler(ObjectMapper strictJson, KioskRegistry kiosks, Clock clock) {
        this.json = strictJson;
        this.kiosks = kiosks;
        this.clock = clock;
    }

    @Override
    public void check(KioskEvent event) {
        Heartbeat beat = parse(event);
        if (beat.contentVersion() < 0 || beat.appVersion() == null || beat.appVersion().length() > 40
                || beat.voiceStatus() == null || beat.voiceStatus().length() > 60) {
            throw new ApiException(400, "bad_heartbeat",
                    "heartbeat " + event.id() + ": contentVersion >= 0, appVersion (<= 40 chars) and voiceStatus (<= 60) are required");
        }
        if (!fits(beat.device()) || !fits(beat.update())) {
            throw new ApiException(400, "bad_heartbeat", "heartbeat " + event.id()
                    + ": device states and versions are at most 60 characters, errors at most "
                    + DeviceReport.MAX_ERRORS + " of " + DeviceReport.MAX_ERROR_CHARS + ", an update needs a state");
        }
    }

    private static boolean fits(DeviceReport d) {
        return d == null || shortText(d.buttons()) && shortText(d.scanner()) && shortText(d.voice())
                && d.lastErrors().size() <= DeviceReport.MAX_ERRORS
                && d.lastErrors().stream().allMatch(e -> e != null && e.length() <= DeviceReport.MAX_ERROR_CHARS);
    }

    private static boolean fits(UpdateReport u) {
        return u == null || u.state() != null && shortText(u.running()) && shortText(u.previous())
                && shortText(u.target()) && (u.detail() == null || u.detail().length() <= DeviceReport.MAX_ERROR_CHARS);
    }

    private static boolean shortText(String s) {
        return s == null || s.length() <= 60;
    }

    /**
     * Records the heartbeat and deletes up to {@value #PRUNE_BATCH} of the kiosk's oldest heartbeat events if they are
     * older than a day: one arrives per heartbeat, so the kiosk's log stays a day long, and the delete reads a few
     * index entries instead of the whole day's log.
     */
    @Override
    public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
        Instant now = Instant.now(clock);
        kiosks.heartbeat(h, kiosk.id(), parse(event), now);
        h.createUpdate("""
                        DELETE FROM kiosk_event WHERE server_id IN (SELECT server_id FROM kiosk_event
                          WHERE kiosk_id = ? AND type = ? ORDER BY server_id LIMIT ?) AND received_at < ?""")
                .bind(0, kiosk.id()).bind(1, Heartbeat.TYPE).bind(2, PRUNE_BATCH).bind(3, now.minus(KEEP).toString())
                .execute();
        return null;
    }

    @Override
    public boolean durable() {
        return false;
    }

    private Heartbeat parse(KioskEvent event) {
        try {
            return json.treeToValue(event.payload(), Heartbeat.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiException(400, "bad_heartbeat", "heartbeat " + event.id() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
