package org.menkou.admin.web;

import org.menkou.content.protocol.UpdateReport;

/** A kiosk's software version and update state ({@link UpdateReport}) in the words of the fleet page. */
final class UpdateWords {
    private UpdateWords() {
    }

    /** E.g. "1.2 · 已下载 1.3，等空闲时更换"; just the version when the kiosk reports no update state. */
    static String of(String appVersion, UpdateReport update) {
        String running = appVersion == null ? "未知" : appVersion;
        if (update == null) {
            return running;
        }
        String target = update.target() == null ? "" : update.target();
        String detail = update.detail() == null ? "" : "（" + update.detail() + "）";
        return running + " · " + switch (update.state()) {
            case CURRENT -> "最新";
            case DOWNLOADING -> "正在下载 " + target;
            case STAGED -> "已下载 " + target + "，等空闲时更换";
            case TRIAL -> "试运行中，出问题会退回 " + (update.previous() == null ? "原版本" : update.previous());
            case ROLLED_BACK -> "已退回，" + target + " 没能正常运行" + detail;
            case REFUSED -> "拒绝了 " + target + detail;
        };
    }
}
