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
 * @param commandsPending true when an admin asked this kiosk to do something ({@link KioskApiPaths#COMMANDS}); rides on
 *                 the content pull every kiosk makes each round, so that no extra request is needed to learn it
 */
public record ContentPage(long since, long version, boolean snapshot, boolean more, List<ContentItem> items,
                          boolean commandsPending) {
    public ContentPage {
        items = List.copyOf(items);
    }

    /** A page that says nothing of commands. */
    public ContentPage(long since, long version, boolean snapshot, boolean more, List<ContentItem> items) {
        this(since, version, snapshot, more, items, false);
    }

    /** This page, saying whether commands are pending. */
    public ContentPage withCommandsPending(boolean pending) {
        return new ContentPage(since, version, snapshot, more, items, pending);
    }
}
