package org.menkou.content.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entity in a content page.
 *
 * @param entity  a {@link org.menkou.content.store.ContentEntity} name
 * @param deleted true for a tombstone: the kiosk removes the entity (it was deleted, or is no longer for its station)
 * @param value   the entity as JSON, null for a tombstone
 */
public record ContentItem(String entity, String id, boolean deleted, JsonNode value) {
}
