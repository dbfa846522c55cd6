package org.menkou.admin.requests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How soon an advisor must have contacted a resident about their request, as the centre sets it: within
 * {@code workingDays} working days (Monday to Friday) of its arrival, and within {@code urgent} when the resident asked
 * for the same day (今天), which makes the request urgent. A request not contacted by then is marked overdue.
 *
 * @param workingDays the working days allowed for an ordinary request (at least 1)
 * @param urgent      the time allowed for an urgent one (positive)
 * @param zone        the centre's time zone, in which days and weekends are counted
 */
public record RequestDeadlines(int workingDays, Duration urgent, ZoneId zone) {
    public RequestDeadlines {
        if (workingDays < 1 || urgent.isNegative() || urgent.isZero()) {
            throw new IllegalArgumentException("workingDays must be at least 1 and urgent positive");
        }
    }

    /** One working day, two hours for urgent requests. */
    public static RequestDeadlines defaults(ZoneId zone) {
        return new RequestDeadlines(1, Duration.ofHours(2), zone);
    }

    /** When a request that arrived at {@code arrived} must have been contacted by. */
    public Instant contactDue(Instant arrived, boolean isUrgent) {
        if (isUrgent) {
            return arrived.plus(urgent);
        }
        ZonedDateTime due = arrived.atZone(zone);
        // Arriving on a weekend counts from Monday morning's start.
        while (isWeekend(due)) {
            due = due.plusDays(1).toLocalDate().atStartOfDay(zone);
        }
        for (int left = workingDays; left > 0; ) {
            due = due.plusDays(1);
            if (!isWeekend(due)) {
                left--;
            }
        }
        return due.toInstant();
    }

    private static boolean isWeekend(ZonedDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
