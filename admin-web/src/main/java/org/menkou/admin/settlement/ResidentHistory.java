package org.menkou.admin.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.menkou.content.Resident;

/**
 * The changes of residents' subsidy tier and home station (and their creation and deletion) saved on the admin site,
 * in the server's {@code resident_history} table. Name and birth-year edits are not recorded. The content store's
 * version log keeps only the newest record, so this is what tells the tier a resident had on a past day.
 * Thread-safe.
 */
public final class ResidentHistory {
    private final Jdbi jdbi;
    private final Clock clock;

    public ResidentHistory(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** One recorded change; {@code tierCode}/{@code homeStationId} are null when deleted, {@code prev*} when created. */
    public record Change(String residentId, Instant at, String tierCode, String homeStationId, String prevTierCode,
                         String prevHomeStationId, boolean deleted) {
        public boolean created() {
            return prevTierCode == null && !deleted;
        }
    }

    /** Records a save of {@code after} over {@code before} (empty: a new resident) when tier or station changed. */
    public void saved(Optional<Resident> before, Resident after) {
        String prevTier = before.map(Resident::tierCode).orElse(null);
        String prevStation = before.map(Resident::homeStationId).orElse(null);
        if (Objects.equals(prevTier, after.tierCode()) && Objects.equals(prevStation, after.homeStationId())) {
            return;
        }
        insert(new Change(after.id(), clock.instant(), after.tierCode(), after.homeStationId(), prevTier, prevStation,
                false));
    }

    /** Records the deletion of {@code before}. */
    public void deleted(Resident before) {
        insert(new Change(before.id(), clock.instant(), null, null, before.tierCode(), before.homeStationId(), true));
    }

    private void insert(Change c) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO resident_history (id, resident_id, changed_at, tier_code, home_station_id,
                          prev_tier_code, prev_home_station_id, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, UUID.randomUUID().toString()).bind(1, c.residentId()).bind(2, c.at().toString())
                .bind(3, c.tierCode()).bind(4, c.homeStationId()).bind(5, c.prevTierCode())
                .bind(6, c.prevHomeStationId()).bind(7, c.deleted() ? 1 : 0).execute());
    }

    /** The changes of each of {@code residentIds}, oldest first (residents without changes are absent). */
    public Map<String, List<Change>> of(Collection<String> residentIds) {
        Map<String, List<Change>> out = new HashMap<>();
        if (residentIds.isEmpty()) {
            return out;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM resident_history WHERE resident_id IN (<ids>)")
                .bindList("ids", List.copyOf(residentIds))
                .map((rs, ctx) -> new Change(rs.getString("resident_id"), Instant.parse(rs.getString("changed_at")),
                        rs.getString("tier_code"), rs.getString("home_station_id"), rs.getString("prev_tier_code"),
                        rs.getString("prev_home_station_id"), rs.getInt("deleted") == 1))
                .forEach(c -> out.computeIfAbsent(c.residentId(), k -> new ArrayList<>()).add(c)));
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Change::at)));
        return out;
    }

    /** What the history says of a resident on one day. */
    public sealed interface DayState {
        /** Registered that day with this tier (the record as it stood at the end of the day). */
        record Registered(String tierCode) implements DayState {
        }

        /** Deleted before the day began: not a registered resident that day. */
        record NotRegistered() implements DayState {
        }

        /** No recorded change tells (none at all, or the resident was created after the day). */
        record Unknown() implements DayState {
        }
    }

    /**
     * The state on {@code date} (days in {@code zone}) from {@code changes} (oldest first): the record in force at
     * the end of the day; a resident deleted during the day was still registered that day with the tier they had.
     */
    public static DayState on(List<Change> changes, LocalDate date, ZoneId zone) {
        if (changes == null || changes.isEmpty()) {
            return new DayState.Unknown();
        }
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        Change last = null;
        for (Change c : changes) {
            if (c.at().isBefore(end)) {
                last = c;
            }
        }
        if (last == null) {
            Change first = changes.get(0);
            return first.prevTierCode() == null ? new DayState.Unknown() : new DayState.Registered(first.prevTierCode());
        }
        if (!last.deleted()) {
            return new DayState.Registered(last.tierCode());
        }
        return last.at().isBefore(start) ? new DayState.NotRegistered() : new DayState.Registered(last.prevTierCode());
    }
}
