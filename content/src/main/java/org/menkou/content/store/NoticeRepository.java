package org.menkou.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Notice;
import org.menkou.content.NoticeKind;

/** Notices and activities. */
public final class NoticeRepository extends Repository {
    NoticeRepository(Jdbi jdbi, ContentChanges changes) {
        super(jdbi, changes, ContentEntity.NOTICE);
    }

    public long save(Notice n) {
        return upsert(n.id(), h -> h.createUpdate("""
                        INSERT INTO notice (id, kind, title, body, station_id, start_date, end_date)
                        VALUES (:id, :kind, :title, :body, :station, :start, :end)
                        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
                          body = excluded.body, station_id = excluded.station_id,
                          start_date = excluded.start_date, end_date = excluded.end_date""")
                .bind("id", n.id()).bind("kind", n.kind().name()).bind("title", n.title()).bind("body", n.body())
                .bind("station", n.stationId()).bind("start", n.startDate().toString())
                .bind("end", n.endDate().toString())
                .execute());
    }

    public boolean delete(String id) {
        return delete("notice", id);
    }

    public Optional<Notice> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM notice WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public List<Notice> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM notice ORDER BY start_date DESC, id")
                .map((rs, ctx) -> map(rs)).list());
    }

    /**
     * Notices shown on {@code day} at {@code stationId}: those of that station and those for every station;
     * newest first. A null station sees only the notices for every station.
     */
    public List<Notice> current(String stationId, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM notice WHERE start_date <= :day AND end_date >= :day
                          AND (station_id IS NULL OR station_id = :station)
                        ORDER BY start_date DESC, id""")
                .bind("day", day.toString()).bind("station", stationId).map((rs, ctx) -> map(rs)).list());
    }

    private static Notice map(ResultSet rs) throws SQLException {
        return new Notice(rs.getString("id"), NoticeKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("body"), rs.getString("station_id"), LocalDate.parse(rs.getString("start_date")),
                LocalDate.parse(rs.getString("end_date")));
    }
}
