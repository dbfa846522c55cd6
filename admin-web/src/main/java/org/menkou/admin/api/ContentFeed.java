package org.menkou.admin.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.menkou.admin.backup.LostVersions;
import org.menkou.content.KioskResident;
import org.menkou.content.Station;
import org.menkou.content.protocol.ContentCodec;
import org.menkou.content.protocol.ContentItem;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.store.ContentChange;
import org.menkou.content.store.ContentEntity;
import org.menkou.content.store.ContentKind;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.StationScope;

/**
 * Builds the content pages a kiosk pulls. What a kiosk of station S sees is each kind's rule ({@link ContentKind}):
 * all stations, categories, policies, tiers and menus; the service items offered at S or at S's centre; the notices
 * of S, of S's centre and those for every station; residents only as {@link KioskResident} (masked name, tier, home
 * station). An entity that stops being visible is sent as a tombstone. Each page is read in one read-only
 * transaction, so it is consistent in itself and never waits for the writers.
 *
 * <p>Every write of an entity logs a new version in the same transaction, so an entity's value at a version never
 * changes: each entity's newest value read is kept, with its wire JSON, under that version, and a page names the
 * entities it needs by version. Pages read only the change log and the entities the kept ones do not answer.
 * Thread-safe.
 */
public final class ContentFeed {
    public static final int MAX_LIMIT = 1_000;

    private final ContentStore store;
    private final ContentCodec codec;
    private final long snapshotThreshold;
    /** Per entity (kind and id): its value and wire JSON at one version. Never mutated once kept; read by many pages. */
    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    private record Key(ContentEntity entity, String id) {
    }

    private record Kept(long version, Object value, JsonNode json) {
    }

    public ContentFeed(ContentStore store, ContentCodec codec, long snapshotThreshold) {
        this.store = store;
        this.codec = codec;
        this.snapshotThreshold = snapshotThreshold;
    }

    /**
     * Changes after {@code since} for a kiosk of {@code stationId}: a delta of at most {@code limit} items, or — for
     * a new kiosk (since 0) or one more than the threshold behind — a full snapshot in one page.
     */
    public ContentPage page(String stationId, long since, int limit) {
        if (since < 0) {
            throw new ApiException(400, "bad_since", "since must be 0 or a version this server gave out");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "bad_limit", "limit must be 1-" + MAX_LIMIT);
        }
        return store.database().inReadTransaction(() -> read(stationId, since, limit));
    }

    private ContentPage read(String stationId, long since, int limit) {
        long current = store.changes().currentVersion();
        if (since > current) {
            throw new ApiException(409, "version_from_future",
                    "since " + since + " is newer than this server's content version " + current + "; start again from 0");
        }
        StationScope scope = new StationScope(stationId, store.stations().find(stationId).map(Station::parentId));
        // A version a restore made void (LostVersions) names a history that is gone: start the kiosk afresh.
        boolean snapshot = since == 0 || current - since > snapshotThreshold
                || LostVersions.parse(store.meta(LostVersions.META)).contains(since);
        List<ContentChange> changes = store.changes().since(snapshot ? 0 : since, snapshot ? Integer.MAX_VALUE : limit);
        List<ContentItem> items = new ArrayList<>(changes.size());
        for (ContentChange c : changes) {
            ContentKind<?> kind = c.entity().kind();
            Optional<Kept> value = c.deleted() ? Optional.empty()
                    : valueAt(c).filter(v -> kind.isVisible(v.value(), scope));
            if (value.isPresent()) {
                items.add(new ContentItem(c.entity().name(), c.entityId(), false, value.get().json()));
            } else if (!snapshot) {
                items.add(new ContentItem(c.entity().name(), c.entityId(), true, null));
            }
        }
        boolean more = !snapshot && changes.size() == limit;
        long version = more ? changes.get(changes.size() - 1).version() : current;
        return new ContentPage(since, version, snapshot, more, items);
    }

    /**
     * The value of {@code change}'s entity as of the change, which is its newest (the change log lists only newest
     * changes); read in the caller's transaction unless kept, and then kept. Empty when the entity is not found.
     */
    private Optional<Kept> valueAt(ContentChange change) {
        Key key = new Key(change.entity(), change.entityId());
        Kept known = kept.get(key);
        if (known != null && known.version() == change.version()) {
            return Optional.of(known);
        }
        Optional<Kept> read = change.entity().kind().find(store, change.entityId())
                .map(v -> new Kept(change.version(), v, codec.encode(v)));
        read.ifPresent(k -> kept.merge(key, k, (old, fresh) -> fresh.version() > old.version() ? fresh : old));
        return read;
    }
}
