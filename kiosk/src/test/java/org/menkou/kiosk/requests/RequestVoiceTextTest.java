package org.menkou.kiosk.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.Meal;
import org.menkou.content.protocol.FeedbackAnswer;
import org.menkou.content.protocol.ResidentNews.FeedbackQuestion;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.KioskApp;
import org.menkou.kiosk.KioskFeatures;
import org.menkou.kiosk.screen.Navigator;
import org.menkou.kiosk.screen.ScreenView;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.testing.MutableClock;
import org.menkou.kiosk.testing.SeededStore;
import org.menkou.kiosk.testing.SpokenText;

/**
 * Requests and feedback by voice at text level: Chinese texts as the recogniser returns them (words split by spaces,
 * with homophone slips such as 助玉 for 助浴 and 闲 for 咸) go through the voice module's phrase matcher against each
 * screen's phrases plus the global commands, and the matched key drives the navigator; every screen on the way has
 * at most six choices.
 */
class RequestVoiceTextTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private ContentStore store;
    private Outbox outbox;
    private KioskRequests requests;
    private Navigator nav;
    private KioskApp app;
    private final List<ScreenView> seen = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = SeededStore.create(dir, DAY);
        outbox = Outbox.open(store.database(), Clock.systemUTC());
        requests = KioskRequests.offline(outbox);
        MutableClock clock = new MutableClock(DAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
        app = new KioskApp(store, clock, "wt-station-1", KioskFeatures.builder().requests(requests).build());
        nav = app.navigator();
    }

    @AfterEach
    void closeStore() {
        store.database().close();
    }

    private void say(String recognised) {
        ScreenView view = nav.view();
        seen.add(view);
        nav.press(SpokenText.keyFor(view, recognised));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (nav.view().title().contains("正在提交") && System.nanoTime() < deadline) {
            app.uiThread().runWaiting();
            Thread.onSpinWait();
        }
    }

    private String screen() {
        ScreenView v = nav.view();
        return v.title() + "|" + String.join("", v.lines());
    }

    @Test
    void aWalkInAsksForBathingByVoiceAloneAndItWaitsInTheOutbox() {
        say("找 服务");
        say("专业 照顾"); // 照护 heard as 照顾
        say("助 玉"); // 助浴 heard as 助玉
        say("我 要 申请");
        assertThat(nav.view().title()).isEqualTo("什么时候方便？");
        say("明天 上午");
        assertThat(screen()).as("a walk-in can only come to the station").contains("申请助浴，明天上午，我到站点来。", "确认吗");
        say("确认");
        assertThat(nav.view().title()).isEqualTo("已经保存了");
        assertThat(String.join("", nav.view().lines())).contains("请明天上午到站点来找顾问");
        List<Outbox.Entry> sent = outbox.entries(ServiceRequest.EVENT_TYPE);
        assertThat(sent).hasSize(1);
        ServiceRequest r = SyncJson.lenient().convertValue(sent.get(0).event().payload(), ServiceRequest.class);
        assertThat(r.subjectId()).isEqualTo("care-bathing");
        assertThat(r.day()).isEqualTo(DAY.plusDays(1));
        assertThat(r.half()).isEqualTo(ServiceRequest.DayHalf.MORNING);
        assertThat(r.contact()).isEqualTo(ServiceRequest.Contact.AT_STATION);
        assertThat(r.residentId()).isNull();
        assertThat(seen).allSatisfy(v -> assertThat(v.choices().size()).as(v.title()).isLessThanOrEqualTo(6));
    }

    @Test
    void anAdvisorCallFromAPolicySelfCheckAndTheReadBackCanBeRefused() {
        say("政策");
        say("第一个");
        say("我 能 申请 吗");
        while (!nav.view().title().startsWith("自测结果")) {
            say("不 知道");
        }
        say("请 顾问 联系 我");
        say("后天 下午");
        assertThat(screen()).contains("请顾问联系", "后天下午");
        say("算了");
        assertThat(nav.view().title()).endsWith("首页");
        assertThat(outbox.entries(ServiceRequest.EVENT_TYPE)).as("nothing sent without 确认").isEmpty();
    }

    @Test
    void notSatisfiedWithAReasonByVoiceIsSavedOnceAndNotAskedAgain() {
        FeedbackQuestion q = new FeedbackQuestion(FeedbackAnswer.Subject.MEAL, "b-12345678", DAY.minusDays(1), Meal.LUNCH,
                "A套餐");
        nav.openOver(top -> true, new FeedbackScreen(requests, q, "r-3f8x1w", "MK1:CARD", DAY));
        assertThat(screen()).contains("11月22日午餐的A套餐，您满意吗？");
        say("不 满意");
        assertThat(nav.view().title()).isEqualTo("哪里不满意？");
        say("太 闲"); // 太咸 heard as 太闲
        assertThat(nav.view().title()).isEqualTo("谢谢您告诉我们。");
        List<Outbox.Entry> answers = outbox.entries(FeedbackAnswer.EVENT_TYPE);
        assertThat(answers).hasSize(1);
        FeedbackAnswer a = SyncJson.lenient().convertValue(answers.get(0).event().payload(), FeedbackAnswer.class);
        assertThat(a.rating()).isEqualTo(FeedbackAnswer.Rating.UNSATISFIED);
        assertThat(a.reason()).isEqualTo(FeedbackAnswer.Reason.TOO_SALTY);
        assertThat(requests.answered("b-12345678")).isTrue();
        say("好的");
    }

    @Test
    void satisfiedIsNotTakenForNotSatisfied() {
        FeedbackQuestion q = new FeedbackQuestion(FeedbackAnswer.Subject.REQUEST, "q-12345678", DAY, null, "助浴");
        nav.openOver(top -> true, new FeedbackScreen(requests, q, "r-3f8x1w", "MK1:CARD", DAY));
        assertThat(screen()).contains("今天的助浴服务，您满意吗？");
        say("满意");
        FeedbackAnswer a = SyncJson.lenient().convertValue(outbox.entries(FeedbackAnswer.EVENT_TYPE).get(0).event().payload(),
                FeedbackAnswer.class);
        assertThat(a.rating()).isEqualTo(FeedbackAnswer.Rating.SATISFIED);
    }
}
