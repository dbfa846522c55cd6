package org.menkou.admin.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.menkou.admin.requests.RequestTesting.LI;
import static org.menkou.admin.requests.RequestTesting.WANG;
import static org.menkou.admin.requests.RequestTesting.WEDNESDAY;
import static org.menkou.admin.requests.RequestTesting.at;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.meals.MealReports;
import org.menkou.admin.meals.MealTesting;
import org.menkou.admin.requests.RequestTesting;
import org.menkou.admin.requests.StepInput;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.Meal;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.FeedbackAnswer.Rating;
import org.menkou.content.protocol.FeedbackAnswer.Reason;
import org.menkou.content.protocol.FeedbackAnswer.Subject;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ResidentNews.FeedbackQuestion;

/** The feedback book on the test database: who is asked about what, the answers kept, the weekly counts. */
class FeedbackBookTest {
    private static final String CHEN = "r-h9c2vz";
    private static final String ZHANG = "r-7k2m9q";

    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;
    private FeedbackBook book;
    private MealReports reports;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(WEDNESDAY, 8, 0), RequestTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        book = f.admin.feedback();
        reports = new MealReports(f.admin.database().jdbi(), f.store, RequestTesting.ZONE, clock);
        MealTesting.lunch(f.store, WEDNESDAY, 20);
    }

    /** Books today's lunch for {@code resident} (booking {@code id}) and, if {@code pickedUp}, hands it out. */
    private void lunch(String id, String resident, boolean pickedUp) {
        f.admin.meals().bookByProxy(MealTesting.request(id, WEDNESDAY, resident, false), "vol");
        if (pickedUp) {
            assertThat(reports.markPickedUp(id)).isTrue();
        }
    }

    private Optional<FeedbackBook.Refusal> answer(Subject subject, String id, String resident, Rating rating,
                                                  Reason reason) {
        FeedbackAnswer a = new FeedbackAnswer("ans-" + id + "-" + resident, subject, id, rating, reason, resident,
                "MK1:not-checked-here");
        return f.admin.database().jdbi().inTransaction(h -> book.record(h, a));
    }

    @Test
    void aResidentIsAskedOnceAboutAMealTheyPickedUp() {
        lunch("b-00000001", LI, true);
        lunch("b-00000002", WANG, false);
        assertThat(book.questionFor(LI)).hasValue(new FeedbackQuestion(Subject.MEAL, "b-00000001", WEDNESDAY, Meal.LUNCH,
                "A套餐"));
        assertThat(book.questionFor(WANG)).as("not picked up").isEmpty();
        assertThat(answer(Subject.MEAL, "b-00000002", WANG, Rating.SATISFIED, null))
                .hasValue(FeedbackBook.Refusal.NOT_ASKABLE);
        assertThat(answer(Subject.MEAL, "b-00000001", WANG, Rating.SATISFIED, null)).as("someone else's meal")
                .hasValue(FeedbackBook.Refusal.NOT_ASKABLE);
        assertThat(answer(Subject.MEAL, "b-00000001", LI, Rating.UNSATISFIED, Reason.TOO_SALTY)).isEmpty();
        assertThat(book.questionFor(LI)).as("never asked twice").isEmpty();
        assertThat(answer(Subject.MEAL, "b-00000001", LI, Rating.SATISFIED, null)).as("a later answer is ignored").isEmpty();
        assertThat(book.weeks(Subject.MEAL, WEDNESDAY, WEDNESDAY)).singleElement()
                .satisfies(w -> assertThat(w.count(Rating.UNSATISFIED)).isEqualTo(1))
                .satisfies(w -> assertThat(w.answered()).isEqualTo(1));
        clock.set(at(WEDNESDAY.plusDays(FeedbackBook.ASK_WITHIN_DAYS + 1), 8, 0));
        lunch("b-00000003", CHEN, false);
        assertThat(book.questionFor(CHEN)).isEmpty();
    }

    @Test
    void aResidentIsAskedAboutARequestOnceItIsDoneAndItCountsForItsProvider() {
        String id = "req-00000001";
        RequestTesting.receive(f, RequestTesting.request(id, LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        assertThat(book.questionFor(LI)).isEmpty();
        assertThat(answer(Subject.REQUEST, id, LI, Rating.SATISFIED, null)).as("not done yet")
                .hasValue(FeedbackBook.Refusal.NOT_ASKABLE);
        for (RequestState s : new RequestState[] {RequestState.ASSIGNED, RequestState.CONTACTED}) {
            f.admin.requests().advance(id, StepInput.of(s, "好"), "adviser");
        }
        clock.set(at(WEDNESDAY, 16, 0));
        f.admin.requests().advance(id, StepInput.of(RequestState.DONE, "做完了"), "adviser");
        assertThat(book.questionFor(LI)).hasValue(new FeedbackQuestion(Subject.REQUEST, id, WEDNESDAY, null,
                RequestTesting.SUBJECT_NAME));
        assertThat(answer(Subject.REQUEST, id, WANG, Rating.SATISFIED, null)).hasValue(FeedbackBook.Refusal.NOT_ASKABLE);
        assertThat(answer(Subject.REQUEST, id, LI, Rating.UNSATISFIED, Reason.LATE)).isEmpty();
        assertThat(book.questionFor(LI)).isEmpty();
        assertThat(book.weeks(Subject.REQUEST, WEDNESDAY.minusDays(7), WEDNESDAY)).singleElement()
                .satisfies(w -> assertThat(w.aboutName()).isEqualTo("梧桐颐康养老服务社"))
                .satisfies(w -> assertThat(w.reasons()).isEqualTo(Map.of(Reason.LATE, 1)));
        assertThat(book.unsatisfied(WEDNESDAY.minusDays(7))).singleElement()
                .satisfies(u -> assertThat(u.what()).isEqualTo(RequestTesting.SUBJECT_NAME));
    }

    @Test
    void weeklyCountsPerCanteenCountRatingsAndReasonsAndLeaveSkipsOutOfThePercentage() {
        lunch("b-00000001", LI, true);
        lunch("b-00000002", WANG, true);
        lunch("b-00000003", CHEN, true);
        lunch("b-00000004", ZHANG, true);
        lunch("b-00000005", "r-e5j8ra", true);
        answer(Subject.MEAL, "b-00000001", LI, Rating.SATISFIED, null);
        answer(Subject.MEAL, "b-00000002", WANG, Rating.SATISFIED, null);
        answer(Subject.MEAL, "b-00000003", CHEN, Rating.UNSATISFIED, Reason.TOO_SALTY);
        answer(Subject.MEAL, "b-00000004", ZHANG, Rating.OKAY, null);
        answer(Subject.MEAL, "b-00000005", "r-e5j8ra", Rating.SKIPPED, null);
        FeedbackBook.Week w = book.weeks(Subject.MEAL, WEDNESDAY.minusDays(7), WEDNESDAY).get(0);
        assertThat(w.about()).isEqualTo(MealTesting.CANTEEN);
        assertThat(w.aboutName()).isEqualTo("梧桐长者食堂");
        assertThat(w.monday()).isEqualTo(WEDNESDAY.minusDays(2));
        assertThat(w.count(Rating.SATISFIED)).isEqualTo(2);
        assertThat(w.count(Rating.SKIPPED)).isEqualTo(1);
        assertThat(w.answered()).isEqualTo(4);
        assertThat(w.satisfiedPercent()).isEqualTo(50);
        assertThat(w.reasons()).isEqualTo(Map.of(Reason.TOO_SALTY, 1));
        assertThat(book.weeks(Subject.MEAL, WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(7))).isEmpty();
        assertThat(book.unsatisfied(WEDNESDAY.minusDays(7))).singleElement()
                .satisfies(u -> assertThat(u.what()).isEqualTo("午餐 A套餐"));
        assertThat(book.followUp(Subject.MEAL, "b-00000003", "已电话回访，下次少放盐")).isTrue();
        assertThat(book.followUp(Subject.MEAL, "b-00000001", "满意的不用回访")).isFalse();
    }
}
