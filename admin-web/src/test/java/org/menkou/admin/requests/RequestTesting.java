package org.menkou.admin.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.protocol.ServiceRequest;
import org.menkou.content.protocol.ServiceRequest.Contact;
import org.menkou.content.protocol.ServiceRequest.DayHalf;
import org.menkou.content.protocol.ServiceRequest.Kind;

/** Shared set-up of the request tests: demo residents and stations, requests as kiosks send them. */
public final class RequestTesting {
    public static final ZoneId ZONE = AdminSettings.CENTRE_ZONE;
    /** 李建国 (低保, home wt-station-2). */
    public static final String LI = "r-3f8x1w";
    /** 王秀兰 (特困, home wt-station-3). */
    public static final String WANG = "r-p4n6td";
    /** A service item of the demo seed, whose provider is 梧桐颐康养老服务社. */
    public static final String SUBJECT = "care-home-visit";
    public static final String SUBJECT_NAME = "上门照护";
    /** A Wednesday. */
    public static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    public static final LocalDate FRIDAY = WEDNESDAY.plusDays(2);

    private RequestTesting() {
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    /** A request for home care by {@code residentId} (null: a walk-in, who comes to the station). */
    public static ServiceRequest request(String id, String residentId, LocalDate day, String station) {
        return new ServiceRequest(id, Kind.SERVICE, SUBJECT, SUBJECT_NAME, day, DayHalf.MORNING,
                residentId == null ? Contact.AT_STATION : Contact.PHONE, station, residentId, null);
    }

    /** Stores {@code r} as if kiosk {@code k-test0001} had sent it. */
    public static RequestRow receive(AdminFixture f, ServiceRequest r) {
        return f.admin.database().jdbi().inTransaction(h -> f.admin.requests().receive(h, r, "k-test0001"));
    }

    /** Stores the resident's own phone, as the resident editor does. */
    public static void phone(AdminFixture f, String residentId, String phone) {
        f.admin.database().jdbi().useHandle(h -> h.createUpdate(
                "INSERT INTO resident_phone (resident_id, phone) VALUES (?, ?)").bind(0, residentId).bind(1, phone).execute());
    }
}
