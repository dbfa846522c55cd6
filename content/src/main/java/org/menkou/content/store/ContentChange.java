package org.menkou.content.store;

/**
 * One entry of the content version log.
 *
 * @param version  the content version this change produced (monotonic, starts at 1)
 * @param deleted  true for a tombstone: the entity was removed
 */
public record ContentChange(long version, ContentEntity entity, String entityId, boolean deleted) {
}
