package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.Notice;

/** 通知活动: notices and activities shown today at this kiosk's station (or, station unknown, all of today's). */
final class NoticeListScreen extends Screen {
    private final KioskContext context;
    private List<Notice> notices = List.of();

    NoticeListScreen(KioskContext context) {
        this.context = context;
    }

    @Override
    protected void onShow() {
        notices = context.stationId() != null
                ? context.store().notices().current(context.stationId(), context.today())
                : context.store().notices().all().stream().filter(n -> n.isCurrentOn(context.today())).toList();
    }

    @Override
    public String title() {
        return "通知活动";
    }

    @Override
    protected String text() {
        return notices.isEmpty() ? "现在没有新的通知和活动。" : "最近的通知和活动：";
    }

    @Override
    protected List<Option> options() {
        return notices.stream()
                .map(n -> Option.of(n.kind().label() + "：" + n.title(), () -> Transition.push(new NoticeDetailScreen(n)),
                        n.title()))
                .toList();
    }
}
