package org.menkou.admin.alarm.family;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.menkou.admin.alarm.Alarm;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.RetryPolicy;

/** What the family notice tests share: a resident's contact, kiosk alarms over HTTP, waiting for a notice's state. */
final class FamilyTesting {
    static final String RESIDENT = "r-7k2m9q";

    private FamilyTesting() {
    }

    /** Sends every 50 ms and retries after 50 ms, doubling, 5 tries. */
    static FamilySettings fast() {
        return settings(Duration.ofMillis(50));
    }

    /** Never sends by itself within a test: only the test's {@code sendDue()} calls send. */
    static FamilySettings manual() {
        return settings(Duration.ofHours(1));
    }

    private static FamilySettings settings(Duration every) {
        return FamilySettings.defaults(org.menkou.content.protocol.SyncJson.strict()).withChecks(every)
                .withRetry(RetryPolicy.doubling(Duration.ofMillis(50), 5));
    }

    /** Gives {@value #RESIDENT} a contact (张小红, 女儿) told by {@code channel} at {@code address} if {@code consent}. */
    static void contact(AdminFixture f, boolean consent, NotifyChannel channel, String address) {
        f.admin.database().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO resident_contact (resident_id, contact_name, relation, contact_phone, consent,
                                                      consent_at, consent_by, notify_channel, notify_address)
                        VALUES (?, '张小红', '女儿', '138 0000 0000', ?, ?, 'adviser', ?, ?)""")
                .bind(0, RESIDENT).bind(1, consent ? 1 : 0).bind(2, Instant.now().toString())
                .bind(3, channel == null ? null : channel.name()).bind(4, address).execute());
    }

    /** Posts alarm event {@code eventId} from the kiosk with {@code token}; {@code residentId} null for a walk-in. */
    static void alarm(int port, String token, String eventId, String residentId) {
        String payload = residentId == null ? "{\"source\":\"BUTTON\"}"
                : "{\"source\":\"BUTTON\",\"residentId\":\"" + residentId + "\"}";
        post(port, token, "{\"events\":[{\"id\":\"" + eventId + "\",\"type\":\"alarm\",\"at\":\"" + Instant.now()
                + "\",\"payload\":" + payload + "}]}");
    }

    /** Posts the kiosk's ending of alarm {@code alarmId} by the staff PIN. */
    static void endAtKiosk(int port, String token, String alarmId) {
        post(port, token, "{\"events\":[{\"id\":\"end-" + UUID.randomUUID() + "\",\"type\":\"alarm-cancel\",\"at\":\""
                + Instant.now() + "\",\"payload\":{\"alarmId\":\"" + alarmId + "\",\"ending\":\"STAFF_PIN\"}}]}");
    }

    static String newAlarmId() {
        return "alarm-" + UUID.randomUUID();
    }

    static long seq(AdminFixture f, String eventId) {
        return f.admin.alarms().alarms().all().stream().filter(a -> a.alarmId().equals(eventId)).findFirst()
                .map(Alarm::seq).orElseThrow();
    }

    /** Waits until every notice of {@code seq} of {@code kind} is {@code state}, at most {@code timeout}. */
    static boolean await(AdminFixture f, long seq, NoticeKind kind, NoticeState state, Duration timeout)
            throws InterruptedException {
        FamilyNotices notices = new FamilyNotices(f.admin.database().durable());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<FamilyNotices.Status> of = notices.of(seq).stream().filter(s -> s.kind() == kind).toList();
            if (!of.isEmpty() && of.stream().allMatch(s -> s.state() == state)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
    }

    private static void post(int port, String token, String body) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/api/kiosk/v1/events"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("events refused: HTTP " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
