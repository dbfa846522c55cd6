package org.menkou.admin.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.menkou.admin.requests.RequestTesting.FRIDAY;
import static org.menkou.admin.requests.RequestTesting.LI;
import static org.menkou.admin.requests.RequestTesting.WANG;
import static org.menkou.admin.requests.RequestTesting.WEDNESDAY;
import static org.menkou.admin.requests.RequestTesting.at;
import static org.menkou.admin.requests.RequestTesting.receive;
import static org.menkou.admin.requests.RequestTesting.request;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.SettableClock;
import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ResidentNews;
import org.menkou.content.protocol.ServiceRequest.DayHalf;

/** The work queue's service on the test database (SQLite, or PostgreSQL in the second run). */
class ServiceRequestsTest {
    @TempDir
    Path dir;

    private SettableClock clock;
    private AdminFixture f;
    private ServiceRequests requests;

    @BeforeEach
    void setUp() {
        clock = new SettableClock(at(WEDNESDAY, 9, 0), RequestTesting.ZONE);
        f = new AdminFixture(dir, Duration.ofSeconds(30), clock);
        requests = f.admin.requests();
    }

    @Test
    void aRequestIsStoredOncePerIdWithItsFirstStep() {
        RequestRow first = receive(f, request("req-00000001", LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        clock.set(at(WEDNESDAY, 9, 5));
        RequestRow again = receive(f, request("req-00000001", LI, WEDNESDAY.plusDays(2), "wt-station-2"));
        assertThat(again).isEqualTo(first);
        assertThat(first.state()).isEqualTo(RequestState.NEW);
        assertThat(first.stationId()).isEqualTo("wt-station-1");
        assertThat(requests.queue(ServiceRequests.Filter.ALL)).hasSize(1);
        assertThat(requests.steps("req-00000001")).singleElement()
                .satisfies(s -> assertThat(s.byUser()).isNull()).satisfies(s -> assertThat(s.note()).isEqualTo("在终端提交"));
    }

    @Test
    void anAdvisorTakesARequestThroughEveryStateAndTheResidentHearsTheSchedule() {
        receive(f, request("req-00000001", LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        requests.advance("req-00000001", StepInput.of(RequestState.ASSIGNED, "我来跟进"), "adviser");
        assertThat(requests.find("req-00000001").orElseThrow().assignedTo()).isEqualTo("adviser");
        requests.advance("req-00000001", StepInput.of(RequestState.CONTACTED, "电话联系上了"), "adviser");
        assertThat(requests.find("req-00000001").orElseThrow().contactedAt()).isEqualTo(clock.instant());
        LocalDate day = WEDNESDAY.plusDays(3);
        RequestRow scheduled = requests.advance("req-00000001", new StepInput(RequestState.SCHEDULED, "约好了", null, day,
                DayHalf.AFTERNOON, "王美丽", "上门"), "adviser");
        assertThat(scheduled.scheduledWho()).isEqualTo("王美丽");
        assertThat(requests.openFor(LI)).singleElement().isEqualTo(new ResidentNews.RequestNews("req-00000001",
                scheduled.kind(), RequestTesting.SUBJECT_NAME, RequestState.SCHEDULED, day, DayHalf.AFTERNOON, "王*丽", "上门"));
        clock.set(at(WEDNESDAY, 11, 0));
        RequestRow done = requests.advance("req-00000001", StepInput.of(RequestState.DONE, "服务完成"), "boss");
        assertThat(done.closedAt()).isEqualTo(clock.instant());
        assertThat(requests.openFor(LI)).isEmpty();
        assertThat(requests.steps("req-00000001")).extracting(RequestStep::state).containsExactly(RequestState.NEW,
                RequestState.ASSIGNED, RequestState.CONTACTED, RequestState.SCHEDULED, RequestState.DONE);
        assertThat(requests.steps("req-00000001")).extracting(RequestStep::byUser)
                .containsExactly(null, "adviser", "adviser", "adviser", "boss");
    }

    @Test
    void anAnsweredQuestionIsDoneRightAfterContactAndAnyOpenRequestCanBeCancelled() {
        receive(f, request("req-00000001", LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        receive(f, request("req-00000002", LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        requests.advance("req-00000001", new StepInput(RequestState.ASSIGNED, "分给顾问乙", "adviser", null, null, null,
                null), "boss");
        assertThat(requests.find("req-00000001").orElseThrow().assignedTo()).isEqualTo("adviser");
        requests.advance("req-00000001", StepInput.of(RequestState.CONTACTED, "电话里解释了"), "adviser");
        assertThat(requests.advance("req-00000001", StepInput.of(RequestState.DONE, "问题已答复"), "adviser").state())
                .isEqualTo(RequestState.DONE);
        RequestRow cancelled = requests.advance("req-00000002", StepInput.of(RequestState.CANCELLED, "居民说不要了"), "adviser");
        assertThat(cancelled.state()).isEqualTo(RequestState.CANCELLED);
        assertThat(cancelled.contactedAt()).as("cancelling is not contacting").isNull();
        assertThat(cancelled.overdue(at(WEDNESDAY.plusDays(30), 9, 0))).as("a closed request is never overdue").isFalse();
    }

    @Test
    void stepsBackwardsSkippingAfterClosingOrWithoutNoteOrScheduleAreRefusedAndChangeNothing() {
        receive(f, request("req-00000001", LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        refused(StepInput.of(RequestState.CONTACTED, "跳过分配"), "下一步只能是：已分配、已取消");
        refused(StepInput.of(RequestState.NEW, "回去"), "下一步只能是");
        refused(StepInput.of(null, "没选"), "下一步只能是");
        refused(StepInput.of(RequestState.ASSIGNED, "  "), "请写一句说明");
        refused(StepInput.of(RequestState.ASSIGNED, "长".repeat(201)), "最多200字");
        requests.advance("req-00000001", StepInput.of(RequestState.ASSIGNED, "我来"), "adviser");
        requests.advance("req-00000001", StepInput.of(RequestState.CONTACTED, "联系了"), "adviser");
        refused(StepInput.of(RequestState.ASSIGNED, "退回"), "下一步只能是：已安排、已完成、已取消");
        refused(new StepInput(RequestState.SCHEDULED, "约了", null, WEDNESDAY, DayHalf.MORNING, " ", "上门"), "谁去");
        refused(new StepInput(RequestState.SCHEDULED, "约了", null, null, DayHalf.MORNING, "王美丽", "上门"), "日期");
        refused(new StepInput(RequestState.SCHEDULED, "约了", null, WEDNESDAY, DayHalf.MORNING, "王".repeat(21), "上门"),
                "最多20字");
        assertThat(requests.steps("req-00000001")).hasSize(3);
        requests.advance("req-00000001", StepInput.of(RequestState.CANCELLED, "居民住院了"), "adviser");
        refused(StepInput.of(RequestState.DONE, "其实做了"), "已经已取消，不能再改");
        assertThatThrownBy(() -> requests.advance("req-nothere1", StepInput.of(RequestState.ASSIGNED, "我来"), "adviser"))
                .isInstanceOf(RequestException.class).hasMessage("没有这条申请。");
        assertThat(requests.find("req-00000001").orElseThrow().state()).isEqualTo(RequestState.CANCELLED);
        assertThat(requests.steps("req-00000001")).hasSize(4);
    }

    private void refused(StepInput step, String message) {
        RequestState before = requests.find("req-00000001").orElseThrow().state();
        assertThatThrownBy(() -> requests.advance("req-00000001", step, "adviser"))
                .isInstanceOf(RequestException.class).hasMessageContaining(message);
        assertThat(requests.find("req-00000001").orElseThrow().state()).isEqualTo(before);
    }

    @Test
    void aRequestIsOverdueOneWorkingDayAfterItArrivedWeekendsNotCounted() {
        clock.set(at(FRIDAY, 15, 0));
        RequestRow friday = receive(f, request("req-00000001", LI, FRIDAY.plusDays(3), "wt-station-1"));
        assertThat(friday.urgent()).isFalse();
        assertThat(friday.contactDue()).isEqualTo(at(FRIDAY.plusDays(3), 15, 0));
        assertThat(friday.overdue(at(FRIDAY.plusDays(1), 15, 1))).as("Saturday is not a working day").isFalse();
        assertThat(friday.overdue(at(FRIDAY.plusDays(3), 14, 59))).isFalse();
        assertThat(friday.overdue(at(FRIDAY.plusDays(3), 15, 1))).isTrue();

        clock.set(at(FRIDAY.plusDays(1), 10, 0));
        RequestRow saturday = receive(f, request("req-00000002", WANG, FRIDAY.plusDays(3), "wt-station-1"));
        assertThat(saturday.contactDue()).as("from Monday's start").isEqualTo(at(FRIDAY.plusDays(4), 0, 0));

        clock.set(at(FRIDAY.plusDays(3), 15, 1));
        assertThat(requests.queue(new ServiceRequests.Filter(null, null, null, null, true)))
                .extracting(RequestRow::id).containsExactly("req-00000001");
        requests.advance("req-00000001", StepInput.of(RequestState.ASSIGNED, "我来"), "adviser");
        assertThat(requests.queue(new ServiceRequests.Filter(null, null, null, null, true))).hasSize(1);
        requests.advance("req-00000001", StepInput.of(RequestState.CONTACTED, "打通了"), "adviser");
        assertThat(requests.queue(new ServiceRequests.Filter(null, null, null, null, true))).isEmpty();
    }

    @Test
    void aRequestForTheSameDayIsUrgentAndOverdueAfterTwoHours() {
        clock.set(at(WEDNESDAY, 9, 0));
        RequestRow today = receive(f, request("req-00000001", LI, WEDNESDAY, "wt-station-1"));
        RequestRow tomorrow = receive(f, request("req-00000002", WANG, WEDNESDAY.plusDays(1), "wt-station-2"));
        assertThat(today.urgent()).isTrue();
        assertThat(tomorrow.urgent()).isFalse();
        assertThat(today.contactDue()).isEqualTo(at(WEDNESDAY, 11, 0));
        clock.set(at(WEDNESDAY, 11, 1));
        assertThat(today.overdue(clock.instant())).isTrue();
        assertThat(tomorrow.overdue(clock.instant())).isFalse();
        assertThat(requests.queue(ServiceRequests.Filter.ALL)).extracting(RequestRow::id)
                .as("overdue first, then newest").containsExactly("req-00000001", "req-00000002");
    }

    @Test
    void theQueueFiltersByStationSubjectStateAndAge() {
        receive(f, request("req-00000001", LI, WEDNESDAY.plusDays(1), "wt-station-1"));
        clock.set(at(WEDNESDAY.plusDays(3), 9, 0));
        receive(f, request("req-00000002", WANG, WEDNESDAY.plusDays(4), "wt-station-2"));
        receive(f, request("req-00000003", null, WEDNESDAY.plusDays(4), "wt-station-2"));
        requests.advance("req-00000003", StepInput.of(RequestState.ASSIGNED, "我来"), "adviser");
        assertThat(ids(new ServiceRequests.Filter("wt-station-2", null, null, null, false)))
                .containsExactlyInAnyOrder("req-00000002", "req-00000003");
        assertThat(ids(new ServiceRequests.Filter(null, null, RequestState.ASSIGNED, null, false)))
                .containsExactly("req-00000003");
        assertThat(ids(new ServiceRequests.Filter(null, null, null, 2, false))).containsExactly("req-00000001");
        assertThat(ids(new ServiceRequests.Filter(null, RequestTesting.SUBJECT, null, null, false))).hasSize(3);
        assertThat(ids(new ServiceRequests.Filter(null, "other", null, null, false))).isEmpty();
    }

    private List<String> ids(ServiceRequests.Filter filter) {
        return requests.queue(filter).stream().map(RequestRow::id).toList();
    }
}
