package org.menkou.admin.alarm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.menkou.admin.api.ApiException;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.audit.AuditLog;
import org.menkou.content.protocol.AlarmCancel;
import org.menkou.content.protocol.AlarmReport;
import org.menkou.content.protocol.AlarmSelfTest;
import org.menkou.content.protocol.AlarmState;
import org.menkou.content.protocol.AlarmStatus;
import org.menkou.content.protocol.EscalationState;
import org.menkou.content.protocol.KioskEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk event types of the emergency call: {@code alarm}, {@code alarm-cancel}, {@code alarm-selftest}. Each
 * is applied once per (kiosk, event id) inside the event store's transaction; the board hears of it after commit.
 */
final class AlarmHandlers {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(AlarmHandlers.class);

    private final AlarmRepository alarms;
    private final Supervision supervision;
    private final AuditLog audit;
    private final BoardFeed feed;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<AlarmFollowUp> followUps;

    /** @param followUps told of each alarm stored and closed here, in its transaction (read live: a shared list) */
    AlarmHandlers(AlarmRepository alarms, Supervision supervision, AuditLog audit, BoardFeed feed, ObjectMapper json,
                  Clock clock, List<AlarmFollowUp> followUps) {
        this.alarms = alarms;
        this.supervision = supervision;
        this.audit = audit;
        this.feed = feed;
        this.json = json;
        this.clock = clock;
        this.followUps = followUps;
    }

    Map<String, EventHandler> all() {
        return Map.of(AlarmReport.TYPE, new Raise(), AlarmCancel.TYPE, new Cancel(), AlarmSelfTest.TYPE, new SelfTest());
    }

    private final class Raise implements EventHandler {
        @Override
        public void check(KioskEvent event) {
            report(event);
        }

        /** The report (its source in any case: kiosks before the enum sent button/key/voice); 400 bad_alarm if bad. */
        private AlarmReport report(KioskEvent event) {
            AlarmReport r;
            try {
                r = json.treeToValue(event.payload(), AlarmReport.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                r = null;
            }
            if (r == null || r.source() == null || !optionalId(r.stationId()) || !optionalId(r.residentId())
                    || !optionalId(r.kioskId())) {
                throw new ApiException(400, "bad_alarm", "alarm " + event.id() + ": source must be KEY, BUTTON or VOICE;"
                        + " stationId, residentId and kioskId at most 64 letters, digits or '-'");
            }
            return r;
        }

        @Override
        public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
            AlarmReport r = report(event);
            if (r.kioskId() != null && !r.kioskId().equals(kiosk.id())) {
                log.warn("alarm {} reports kiosk {} but came with the token of kiosk {}; recorded for {}", event.id(),
                        r.kioskId(), kiosk.id(), kiosk.id());
            }
            // event.at() is the press time by the kiosk's clock: the board counts from it.
            Alarm a = alarms.insert(h, kiosk.id(), event.id(), kiosk.stationId(), r.residentId(), r.source(), event.at(),
                    Instant.now(clock));
            audit.record(h, "kiosk:" + kiosk.id(), "RAISE", "ALARM", Long.toString(a.seq()), null, a);
            followUps.forEach(f -> f.raised(h, a));
            h.afterCommit(() -> feed.publish(BoardFeed.Change.ALARM, a.seq()));
            return json.valueToTree(new AlarmStatus(a.alarmId(), a.state(), EscalationState.NONE));
        }
    }

    private final class Cancel implements EventHandler {
        @Override
        public void check(KioskEvent event) {
            AlarmCancel c = parse(event, AlarmCancel.class);
            if (c.alarmId() == null || !ID.matcher(c.alarmId()).matches()) {
                throw new ApiException(400, "bad_alarm_cancel", "alarm-cancel " + event.id() + ": alarmId is required");
            }
        }

        @Override
        public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
            AlarmCancel c = parse(event, AlarmCancel.class);
            Alarm before = alarms.find(h, kiosk.id(), c.alarmId()).orElseThrow(() ->
                    new ApiException(400, "unknown_alarm", "alarm-cancel " + event.id() + ": no alarm " + c.alarmId()));
            String by = "kiosk:" + kiosk.id() + switch (c.ending()) {
                case STAFF_PIN -> " (站点工作人员密码)";
                case CONFIRMED_CHOICE -> " (终端上确认结束)";
            };
            if (alarms.close(h, before.seq(), AlarmState.CANCELLED, by, Instant.now(clock))) {
                Alarm after = alarms.find(h, kiosk.id(), c.alarmId()).orElseThrow();
                audit.record(h, by, "CANCEL", "ALARM", Long.toString(before.seq()), before, after);
                followUps.forEach(f -> f.closed(h, after));
                h.afterCommit(() -> feed.publish(BoardFeed.Change.ALARM, before.seq()));
            }
            return null;
        }
    }

    private final class SelfTest implements EventHandler {
        @Override
        public void check(KioskEvent event) {
            AlarmSelfTest t = parse(event, AlarmSelfTest.class);
            if (t.button() == null || t.button().length() > 200 || t.message() == null || t.message().length() > 500) {
                throw new ApiException(400, "bad_selftest", "alarm-selftest " + event.id()
                        + ": button (<= 200 chars) and message (<= 500) are required");
            }
        }

        @Override
        public JsonNode apply(Handle h, Kiosk kiosk, KioskEvent event) {
            supervision.selfTest(h, kiosk.id(), parse(event, AlarmSelfTest.class), Instant.now(clock));
            h.afterCommit(() -> feed.publish(BoardFeed.Change.SELFTEST, 0));
            return null;
        }
    }

    private static boolean optionalId(String value) {
        return value == null || ID.matcher(value).matches();
    }

    private <T> T parse(KioskEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.payload(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiException(400, "bad_event", event.type() + " " + event.id() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
