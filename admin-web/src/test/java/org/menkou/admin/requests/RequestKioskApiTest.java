package org.menkou.admin.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.requests.RequestTesting.LI;
import static org.menkou.admin.requests.RequestTesting.WANG;
import static org.menkou.admin.requests.RequestTesting.WEDNESDAY;
import static org.menkou.admin.requests.RequestTesting.at;
import static org.menkou.admin.requests.RequestTesting.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskEvent;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.protocol.SyncJson;

/** Requests, answers and the resident's news through the real kiosk API, with real signed cards. */
class RequestKioskApiTest {
    private final ObjectMapper json = SyncJson.strict();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;
    private String token;
    private String liCard;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(WEDNESDAY, 9, 0), RequestTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        token = f.admin.kiosks().register("wt-station-1", "一号", "boss").token();
        liCard = CardIssuer.forDataDirectory(dir, f.store, clock, Period.ofYears(5)).issue(LI).payload();
    }

    private HttpResponse<String> call(int port, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> push(int port, String eventId, String type, Object payload) throws Exception {
        KioskEvent e = new KioskEvent(eventId, type, clock.instant(), json.valueToTree(payload));
        return call(port, KioskApiPaths.EVENTS, json.writeValueAsString(Map.of("events", List.of(e))));
    }

    private static ServiceRequest withCard(ServiceRequest r, String card) {
        return new ServiceRequest(r.requestId(), r.kind(), r.subjectId(), r.subjectName(), r.day(), r.half(), r.contact(),
                "wt-station-3", r.residentId(), card);
    }

    @Test
    void aRequestArrivesOnceWithTheKiosksStationAndAWrongCardIsRefused() {
        JavalinTest.test(f.app, (server, client) -> {
            ServiceRequest r = withCard(request("req-00000001", LI, WEDNESDAY.plusDays(1), null), liCard);
            HttpResponse<String> first = push(server.port(), "ev-00000001", ServiceRequest.EVENT_TYPE, r);
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            JsonNode receipt = json.readTree(first.body()).get("receipts").get(0);
            assertThat(receipt.get("result").get("state").asText()).isEqualTo("NEW");
            assertThat(push(server.port(), "ev-00000001", ServiceRequest.EVENT_TYPE, r).body()).contains("\"duplicate\":true");
            assertThat(push(server.port(), "ev-00000002", ServiceRequest.EVENT_TYPE, r).statusCode()).isEqualTo(200);
            assertThat(f.admin.requests().queue(ServiceRequests.Filter.ALL)).singleElement()
                    .satisfies(row -> assertThat(row.stationId()).as("the kiosk's own").isEqualTo("wt-station-1"))
                    .satisfies(row -> assertThat(row.residentId()).isEqualTo(LI));

            ServiceRequest walkIn = request("req-00000002", null, WEDNESDAY.plusDays(1), null);
            assertThat(push(server.port(), "ev-00000003", ServiceRequest.EVENT_TYPE, walkIn).statusCode()).isEqualTo(200);
            assertThat(f.admin.requests().find("req-00000002").orElseThrow().isWalkIn()).isTrue();

            ServiceRequest notHis = withCard(request("req-00000003", WANG, WEDNESDAY.plusDays(1), null), liCard);
            HttpResponse<String> mismatch = push(server.port(), "ev-00000004", ServiceRequest.EVENT_TYPE, notHis);
            assertThat(mismatch.statusCode()).isEqualTo(422);
            assertThat(mismatch.body()).contains("card_mismatch").doesNotContain(liCard);
            HttpResponse<String> noCard = push(server.port(), "ev-00000005", ServiceRequest.EVENT_TYPE,
                    request("req-00000004", WANG, WEDNESDAY.plusDays(1), null));
            assertThat(noCard.statusCode()).isEqualTo(422);
            assertThat(noCard.body()).contains("card_required");
            HttpResponse<String> forged = push(server.port(), "ev-00000006", ServiceRequest.EVENT_TYPE,
                    withCard(request("req-00000005", LI, WEDNESDAY.plusDays(1), null), liCard.substring(0, liCard.length() - 4)
                            + "AAAA"));
            assertThat(forged.statusCode()).isEqualTo(422);
            assertThat(f.admin.requests().queue(ServiceRequests.Filter.ALL)).hasSize(2);
        });
    }

    @Test
    void theResidentsNextScanHearsTheScheduleTheirMaskedPhoneAndTheQuestionOwed() {
        RequestTesting.phone(f, LI, "138 1234 5678");
        JavalinTest.test(f.app, (server, client) -> {
            ServiceRequest r = withCard(request("req-00000001", LI, WEDNESDAY.plusDays(1), null), liCard);
            push(server.port(), "ev-00000001", ServiceRequest.EVENT_TYPE, r);
            ServiceRequests requests = f.admin.requests();
            requests.advance("req-00000001", StepInput.of(RequestState.ASSIGNED, "我来"), "adviser");
            requests.advance("req-00000001", StepInput.of(RequestState.CONTACTED, "电话联系了"), "adviser");
            requests.advance("req-00000001", new StepInput(RequestState.SCHEDULED, "约好", null, WEDNESDAY.plusDays(2),
                    ServiceRequest.DayHalf.MORNING, "王美丽", "上门"), "adviser");
            String news = call(server.port(), KioskApiPaths.RESIDENT_NEWS, "{\"card\":\"" + liCard + "\"}").body();
            JsonNode answer = json.readTree(news);
            assertThat(answer.get("maskedPhone").asText()).isEqualTo("138****5678");
            assertThat(news).doesNotContain("12345678", "王美丽");
            JsonNode open = answer.get("requests").get(0);
            assertThat(open.get("state").asText()).isEqualTo("SCHEDULED");
            assertThat(open.get("day").asText()).isEqualTo(WEDNESDAY.plusDays(2).toString());
            assertThat(open.get("who").asText()).isEqualTo("王*丽");
            assertThat(answer.path("feedback").isMissingNode() || answer.get("feedback").isNull()).isTrue();

            FeedbackAnswer early = new FeedbackAnswer("ans-00000001", FeedbackAnswer.Subject.REQUEST, "req-00000001",
                    FeedbackAnswer.Rating.SATISFIED, null, LI, liCard);
            HttpResponse<String> notYet = push(server.port(), "ev-00000002", FeedbackAnswer.EVENT_TYPE, early);
            assertThat(notYet.statusCode()).isEqualTo(422);
            assertThat(notYet.body()).contains("not_askable");

            requests.advance("req-00000001", StepInput.of(RequestState.DONE, "做完了"), "adviser");
            JsonNode owed = json.readTree(call(server.port(), KioskApiPaths.RESIDENT_NEWS,
                    "{\"card\":\"" + liCard + "\"}").body());
            assertThat(owed.get("requests")).isEmpty();
            assertThat(owed.get("feedback").get("subjectId").asText()).isEqualTo("req-00000001");
            HttpResponse<String> kept = push(server.port(), "ev-00000003", FeedbackAnswer.EVENT_TYPE,
                    new FeedbackAnswer("ans-00000002", FeedbackAnswer.Subject.REQUEST, "req-00000001",
                            FeedbackAnswer.Rating.SATISFIED, null, LI, liCard));
            assertThat(json.readTree(kept.body()).get("receipts").get(0).get("result").get("kept").asBoolean()).isTrue();
            JsonNode after = json.readTree(call(server.port(), KioskApiPaths.RESIDENT_NEWS,
                    "{\"card\":\"" + liCard + "\"}").body());
            assertThat(after.path("feedback").isMissingNode() || after.get("feedback").isNull()).isTrue();

            assertThat(call(server.port(), KioskApiPaths.RESIDENT_NEWS, "{\"card\":\"MK1:forged\"}").statusCode())
                    .isEqualTo(422);
            assertThat(call(server.port(), KioskApiPaths.RESIDENT_NEWS, "{}").statusCode()).isEqualTo(400);
            token = "mk1.wrong-" + UUID.randomUUID();
            assertThat(call(server.port(), KioskApiPaths.RESIDENT_NEWS, "{\"card\":\"" + liCard + "\"}").statusCode())
                    .isEqualTo(401);
        });
    }
}
