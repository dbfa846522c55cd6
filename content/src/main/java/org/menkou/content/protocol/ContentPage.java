package org.menkou.content.protocol;

import java.util.List;

/**
 * An answer to "content changes since version N".
 *
 * @param since    the version asked for
 * @param version  ask for {@code since = version} next; the kiosk holds this version once it applied the round
 * @param snapshot true when the kiosk must first drop all its content (it was new or too far behind); the items are
 *                 then every entity for its station and no tombstones
 * @param more     true when further pages follow: a round ends at the first page with {@code more = false}
 */
public record ContentPage(long since, long version, boolean snapshot, boolean more, List<ContentItem> items) {
    public ContentPage {
        items = List.copyOf(items);
    }
}
