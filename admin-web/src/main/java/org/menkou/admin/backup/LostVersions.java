package org.menkou.admin.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Content versions a restore made void. A kiosk that synced after the backup was taken holds a version the restored
 * server gave out in a history that is gone; the same numbers would be handed out again for other changes. So a
 * restore moves the server's next content version {@value #SKIP} past the backup's (far more changes than are made
 * between two backups) and records the skipped range here; the content feed answers a kiosk whose version lies in a
 * void range with a full snapshot, and one whose version is newer than the server's with {@code version_from_future},
 * upon which the kiosk takes a snapshot too. Kept in the content store's metadata under {@value #META} as
 * {@code FROM-TO} ranges (both ends included), comma-separated. Immutable.
 */
public final class LostVersions {
    /** Metadata key of the ranges. */
    public static final String META = "content_lost_versions";
    /** How far a restore moves the next content version. */
    public static final long SKIP = 1_000_000_000L;

    private record Range(long from, long to) {
    }

    private final List<Range> ranges;

    private LostVersions(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** The ranges in a metadata value (none when empty); malformed parts are ignored. */
    public static LostVersions parse(Optional<String> value) {
        List<Range> out = new ArrayList<>();
        for (String part : value.orElse("").split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length == 2 && ends[0].matches("\\d{1,18}") && ends[1].matches("\\d{1,18}")) {
                out.add(new Range(Long.parseLong(ends[0]), Long.parseLong(ends[1])));
            }
        }
        return new LostVersions(out);
    }

    /** True when a kiosk at {@code version} synced from a history a restore discarded. */
    public boolean contains(long version) {
        return ranges.stream().anyMatch(r -> version >= r.from() && version <= r.to());
    }

    /** These ranges and the one a restore of a backup at content version {@code restored} voids, as a metadata value. */
    static String withRestoreAt(Optional<String> value, long restored) {
        String added = (restored + 1) + "-" + (restored + SKIP);
        return value.filter(v -> !v.isBlank()).map(v -> v + "," + added).orElse(added);
    }
}
