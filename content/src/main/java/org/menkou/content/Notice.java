package org.menkou.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A notice or activity shown from {@code startDate} to {@code endDate}, both inclusive.
 *
 * @param stationId the station it belongs to, or null for every station
 */
public record Notice(String id, NoticeKind kind, String title, String body, String stationId, LocalDate startDate,
                     LocalDate endDate) {
    public Notice {
        id = Text.slug("id", id);
        Objects.requireNonNull(kind, "kind");
        title = Text.requiredLine("title", title, 16);
        body = Text.required("body", body, 400);
        stationId = stationId == null ? null : Text.slug("stationId", stationId);
        if (startDate == null || endDate == null) {
            throw new InvalidContentException("startDate", "开始和结束日期都要填 (start and end dates are required)");
        }
        if (endDate.isBefore(startDate)) {
            throw new InvalidContentException("endDate", "结束日期不能早于开始日期 (must not be before the start date)");
        }
    }

    /** True when the notice is shown on {@code day}. */
    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
