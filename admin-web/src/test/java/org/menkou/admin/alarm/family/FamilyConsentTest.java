package org.menkou.admin.alarm.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.audit.AuditEntry;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.SyncJson;

/**
 * Consent and channel are recorded on the resident's page by advisors (who and when, in the row and the audit
 * log), are checked, are refused to volunteers, and never reach a kiosk.
 */
class FamilyConsentTest {
    private static final String PAGE = "/residents/" + FamilyTesting.RESIDENT;
    @TempDir
    Path dir;
    private AdminFixture f;

    @BeforeEach
    void start() {
        f = new AdminFixture(dir);
        f.app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        f.app.stop();
    }

    private static Map<String, String> form(boolean consent, String channel, String address) {
        Map<String, String> m = new HashMap<>(Map.of("id", FamilyTesting.RESIDENT, "name", "张桂英", "birthYear", "1941",
                "tierCode", "AGE80", "homeStationId", "wt-station-1", "contactName", "张小红", "contactRelation", "女儿",
                "contactPhone", "13800000000", "notifyChannel", channel, "notifyAddress", address));
        if (consent) {
            m.put("consent", "on");
        }
        return m;
    }

    private Map<String, Object> row() {
        return f.admin.database().jdbi().withHandle(h -> h.createQuery("""
                        SELECT consent, consent_by, consent_at, notify_channel, notify_address FROM resident_contact
                        WHERE resident_id = ?""").bind(0, FamilyTesting.RESIDENT).mapToMap().one());
    }

    @Test
    void anAdvisorRecordsConsentWhichIsStampedAuditedAndNeverSynced() throws Exception {
        WebClient adviser = new WebClient(f.app.port());
        adviser.login("adviser", AdminFixture.PASSWORD);
        adviser.get(PAGE);
        assertThat(adviser.post(PAGE, form(true, "WEBHOOK", "https://family.example.org/hook")).statusCode())
                .isEqualTo(302);
        Map<String, Object> given = row();
        assertThat(given).containsEntry("consent", 1).containsEntry("consent_by", "adviser")
                .containsEntry("notify_channel", "WEBHOOK").containsEntry("notify_address", "https://family.example.org/hook");
        assertThat(given.get("consent_at")).isNotNull();
        assertThat(f.admin.audit().page(0, "RESIDENT")).first().satisfies((AuditEntry e) -> {
            assertThat(e.username()).isEqualTo("adviser");
            assertThat(e.after()).contains("\"consent\":true", "\"consentBy\":\"adviser\"");
        });

        adviser.get(PAGE);
        assertThat(adviser.get(PAGE).body()).contains("checked");
        adviser.post(PAGE, form(false, "WEBHOOK", "https://family.example.org/hook"));
        assertThat(row()).containsEntry("consent", 0).containsEntry("consent_by", "adviser");

        String content = everythingAKioskGets();
        assertThat(content).contains(FamilyTesting.RESIDENT).doesNotContain("family.example.org", "张小红", "13800000000");
    }

    /** Every page of a new kiosk's first content round, as the bodies of the responses. */
    private String everythingAKioskGets() throws Exception {
        String token = f.admin.kiosks().register("wt-station-1", "大厅", "test").token();
        ObjectMapper json = SyncJson.strict();
        StringBuilder all = new StringBuilder();
        long since = 0;
        for (boolean more = true; more; ) {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + f.app.port() + KioskApiPaths.content(since, 1000)))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
            ContentPage page = json.readValue(body, ContentPage.class);
            all.append(body);
            since = page.version();
            more = page.more();
        }
        return all.toString();
    }

    @Test
    void consentWithoutAChannelOrWithABadAddressIsRefusedAndVolunteersCannotSeeIt() {
        WebClient adviser = new WebClient(f.app.port());
        adviser.login("adviser", AdminFixture.PASSWORD);
        adviser.get(PAGE);
        assertThat(adviser.post(PAGE, form(true, "", "")).body()).contains("要选择通知方式");
        adviser.get(PAGE);
        assertThat(adviser.post(PAGE, form(true, "WEBHOOK", "ftp://x")).body()).contains("https://");
        adviser.get(PAGE);
        assertThat(adviser.post(PAGE, form(true, "EMAIL", "not-an-address")).body()).contains("电子邮件地址");
        int contacts = f.admin.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM resident_contact")
                .mapTo(Integer.class).one());
        assertThat(contacts).as("nothing saved").isZero();

        WebClient volunteer = new WebClient(f.app.port());
        volunteer.login("vol", AdminFixture.PASSWORD);
        assertThat(volunteer.get(PAGE).statusCode()).isEqualTo(403);
    }
}
