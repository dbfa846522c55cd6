package org.menkou.admin.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.menkou.content.KioskResident;
import org.menkou.content.Station;
import org.menkou.content.protocol.ContentCodec;
import org.menkou.content.protocol.ContentItem;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.store.ContentChange;
import org.menkou.content.store.ContentKind;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.StationScope;

/**
 * Builds the content pages a kiosk pulls. What a kiosk of station S sees is each kind's rule ({@link ContentKind}):
 * all stations, categories, policies, tiers and menus; the service items offered at S or at S's centre; the notices
 * of S, of S's centre and those for every station; residents only as {@link KioskResident} (masked name, tier, home
 * station). An entity that stops being visible is sent as a tombstone. Each page is read in one transaction, so it
 * is consistent in itself.
 */
public final class ContentFeed {
    public static final int MAX_LIMIT = 1_000;

    private final ContentStore store;
    private final ContentCodec codec;
    private final long snapshotThreshold;

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
        AtomicReference<ContentPage> page = new AtomicReference<>();
        store.inTransaction(() -> page.set(read(stationId, since, limit)));
        return page.get();
    }

    private ContentPage read(String stationId, long since, int limit) {
        long current = store.changes().currentVersion();
        if (since > current) {
            throw new ApiException(409, "version_from_future",
                    "since " + since + " is newer than this server's content version " + current + "; start again from 0");
        }
        StationScope scope = new StationScope(stationId, store.stations().find(stationId).map(Station::parentId));
        boolean snapshot = since == 0 || current - since > snapshotThreshold;
        List<ContentChange> changes = store.changes().since(snapshot ? 0 : since, snapshot ? Integer.MAX_VALUE : limit);
        List<ContentItem> items = new ArrayList<>(changes.size());
        for (ContentChange c : changes) {
            ContentKind<?> kind = c.entity().kind();
            Optional<?> value = c.deleted() ? Optional.empty()
                    : kind.find(store, c.entityId()).filter(v -> kind.isVisible(v, scope));
            if (value.isPresent()) {
                items.add(new ContentItem(c.entity().name(), c.entityId(), false, codec.encode(value.get())));
            } else if (!snapshot) {
                items.add(new ContentItem(c.entity().name(), c.entityId(), true, null));
            }
        }
        boolean more = !snapshot && changes.size() == limit;
        long version = more ? changes.get(changes.size() - 1).version() : current;
        return new ContentPage(since, version, snapshot, more, items);
    }
}
