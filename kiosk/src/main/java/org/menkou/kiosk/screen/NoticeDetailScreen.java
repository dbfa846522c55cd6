package org.menkou.kiosk.screen;

import org.menkou.content.Notice;

/** One notice or activity. */
final class NoticeDetailScreen extends Screen {
    private final Notice notice;

    NoticeDetailScreen(Notice notice) {
        this.notice = notice;
    }

    @Override
    public String title() {
        return notice.title();
    }

    @Override
    protected String text() {
        return notice.kind().label() + "，" + Dates.monthDay(notice.startDate()) + "到" + Dates.monthDay(notice.endDate())
                + "。\n" + notice.body();
    }
}
