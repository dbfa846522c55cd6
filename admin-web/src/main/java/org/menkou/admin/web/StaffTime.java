package org.menkou.admin.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as staff read them, in the centre's time zone (templates call {@code times.of(instant)}).
 *
 * @param zone the centre's time zone ({@link org.menkou.admin.AdminSettings#zone()})
 */
public record StaffTime(ZoneId zone) {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** {@code 2026-12-01 08:34:50} in the centre's zone; empty for null. */
    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone));
    }

    /** The zone as staff call it: 北京时间 for China's zones, else its id. */
    public String getZoneLabel() {
        return zone.getRules().equals(ZoneId.of("Asia/Shanghai").getRules()) ? "北京时间" : zone.getId();
    }
}
