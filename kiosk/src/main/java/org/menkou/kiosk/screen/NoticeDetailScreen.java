package org.menkou.kiosk.screen;

import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;

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
        Ui kind = notice.kind() == NoticeKind.ACTIVITY ? Ui.NOTICE_KIND_ACTIVITY : Ui.NOTICE_KIND_NOTICE;
        return Ui.NOTICE_DATES.format(language(), kind.in(language()), Dates.monthDay(notice.startDate(), language()),
                Dates.monthDay(notice.endDate(), language())) + "\n" + notice.body();
    }
}
