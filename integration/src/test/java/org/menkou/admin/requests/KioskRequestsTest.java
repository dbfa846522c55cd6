package org.menkou.admin.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ResidentNews;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.testing.LoopbackPort;
import org.menkou.integration.TestKiosks;
import org.menkou.kiosk.requests.KioskRequests;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;

/**
 * The kiosk's service requests and feedback answers through its real sync engine and outbox against a real server
 * on loopback: made while the server is down they are kept as 待确认 and arrive exactly once when it is back; the
 * advisor's steps reach the resident's next scan.
 */
@Tag("integration")
@ExtendWith(LoopbackPort.Resolver.class)
class KioskRequestsTest {
    private static final String RESIDENT = "r-3f8x1w"; // 李*国

    @TempDir
    Path dir;

    private KioskSync kiosk(int port, String token) {
        return TestKiosks.startSyncing(dir.resolve("kiosk").resolve("menkou.db"), port, token);
    }

    private String card(AdminFixture f) {
        return CardIssuer.forDataDirectory(dir.resolve("server"), f.store, Clock.systemUTC(), Period.ofYears(5))
                .issue(RESIDENT).payload();
    }

    private static ServiceRequest bathing(String card, LocalDate day) {
        return new ServiceRequest(KioskRequests.newId(), ServiceRequest.Kind.SERVICE, "care-bathing", "助浴", day,
                ServiceRequest.DayHalf.MORNING, ServiceRequest.Contact.PHONE, null, RESIDENT, card);
    }

    /** A lunch of the resident's yesterday, booked by phone and picked up: a 满意吗？ is owed for it. */
    private static String pickedUpLunch(AdminFixture f) {
        LocalDate yesterday = LocalDate.now(MealTesting.ZONE).minusDays(1);
        MealTesting.lunch(f.store, yesterday, 10);
        String id = KioskRequests.newId();
        f.admin.database().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO meal_booking (id, canteen_id, date, meal, set_code, resident_id, tier_code, delivery,
                          station_id, status, number, price_fen, created_at, picked_up_at)
                        VALUES (:id, :canteen, :date, 'LUNCH', 'A', :resident, 'DIBAO', 0, 'wt-station-1', 'CONFIRMED', 1,
                          300, :at, :at)""")
                .bind("id", id).bind("canteen", MealTesting.CANTEEN).bind("date", yesterday.toString())
                .bind("resident", RESIDENT).bind("at", Instant.now().toString()).execute());
        return id;
    }

    @Test
    void madeWhileTheServerIsDownTheyArriveExactlyOnceWhenItIsBack(LoopbackPort held) throws Exception {
        int port = held.port();
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        String token = f.admin.kiosks().register("wt-station-1", "k", "boss").token();
        String card = card(f);
        String lunch = pickedUpLunch(f);
        try (KioskSync sync = kiosk(port, token)) {
            KioskRequests requests = KioskRequests.over(sync, Duration.ofSeconds(1));
            ServiceRequest asked = bathing(card, LocalDate.now(MealTesting.ZONE).plusDays(1));
            assertThat(requests.submit(asked).get()).as("kept in the outbox while the server is down")
                    .isEqualTo(KioskRequests.Sent.PENDING);
            requests.answer(new FeedbackAnswer(KioskRequests.newId(), FeedbackAnswer.Subject.MEAL, lunch,
                    FeedbackAnswer.Rating.UNSATISFIED, FeedbackAnswer.Reason.COLD, RESIDENT, card));
            assertThat(requests.unsentOf(RESIDENT)).extracting(ServiceRequest::requestId).containsExactly(asked.requestId());
            assertThat(requests.answered(lunch)).as("an answer waiting in the outbox is not asked for again").isTrue();

            f.app.start("127.0.0.1", port);
            await("both delivered").atMost(Duration.ofSeconds(20)).until(() -> sync.outbox().pendingCount() == 0);
            sync.syncNow();
            sync.syncNow();
            await("the rounds asked for ran").atMost(Duration.ofSeconds(20)).until(sync::isOnline);
            assertThat(f.admin.requests().queue(ServiceRequests.Filter.ALL)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.id()).isEqualTo(asked.requestId());
                        assertThat(r.state()).isEqualTo(RequestState.NEW);
                        assertThat(r.stationId()).as("the kiosk's own station").isEqualTo("wt-station-1");
                    });
            int answers = f.admin.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM feedback WHERE subject = 'MEAL' AND subject_id = :id AND rating = 'UNSATISFIED'")
                    .bind("id", lunch).mapTo(Integer.class).one());
            assertThat(answers).isEqualTo(1);
            assertThat(sync.outbox().entries(ServiceRequest.EVENT_TYPE)).extracting(Outbox.Entry::state)
                    .containsExactly(Outbox.State.DELIVERED);
            assertThat(f.admin.feedback().questionFor(RESIDENT)).as("never asked twice").isEmpty();
        } finally {
            f.app.stop();
        }
    }

    @Test
    void theAdvisorsStepsReachTheResidentsNextScan() throws Exception {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        f.app.start("127.0.0.1", 0);
        String token = f.admin.kiosks().register("wt-station-1", "k", "boss").token();
        String card = card(f);
        f.admin.database().jdbi().useHandle(h -> h.createUpdate(
                "INSERT INTO resident_phone (resident_id, phone) VALUES (:id, '138 1234 5678')").bind("id", RESIDENT).execute());
        try (KioskSync sync = kiosk(f.app.port(), token)) {
            await("online").atMost(Duration.ofSeconds(20)).until(sync::isOnline);
            KioskRequests requests = KioskRequests.over(sync, Duration.ofSeconds(2));
            LocalDate tomorrow = LocalDate.now(MealTesting.ZONE).plusDays(1);
            ServiceRequest asked = bathing(card, tomorrow);
            assertThat(requests.submit(asked).get()).isEqualTo(KioskRequests.Sent.RECEIVED);

            ResidentNews.Answer first = requests.refreshResident(RESIDENT, card).get();
            assertThat(first.maskedPhone()).isEqualTo("138****5678");
            assertThat(first.requests()).singleElement().extracting(ResidentNews.RequestNews::state).isEqualTo(RequestState.NEW);

            ServiceRequests queue = f.admin.requests();
            queue.advance(asked.requestId(), StepInput.of(RequestState.ASSIGNED, "我来跟进"), "advisor");
            queue.advance(asked.requestId(), StepInput.of(RequestState.CONTACTED, "电话联系上了"), "advisor");
            queue.advance(asked.requestId(), new StepInput(RequestState.SCHEDULED, "约好了", null, tomorrow.plusDays(1),
                    ServiceRequest.DayHalf.MORNING, "王美丽", "上门"), "advisor");
            ResidentNews.RequestNews scheduled = requests.refreshResident(RESIDENT, card).get().requests().get(0);
            assertThat(scheduled.state()).isEqualTo(RequestState.SCHEDULED);
            assertThat(scheduled.who()).isEqualTo("王*丽");
            assertThat(scheduled.day()).isEqualTo(tomorrow.plusDays(1));

            queue.advance(asked.requestId(), StepInput.of(RequestState.DONE, "洗好了"), "advisor");
            ResidentNews.Answer done = requests.refreshResident(RESIDENT, card).get();
            assertThat(done.requests()).as("a done request is no longer news").isEmpty();
            assertThat(done.feedback()).as("but it is owed a 满意吗？").isNotNull()
                    .extracting(ResidentNews.FeedbackQuestion::subjectId).isEqualTo(asked.requestId());
        } finally {
            f.app.stop();
        }
    }
}
