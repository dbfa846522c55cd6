package org.menkou.content.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The server's answer for one pushed event.
 *
 * @param serverId  the id the server stored it under (the same on every retry)
 * @param duplicate true when it had been stored before (a retry)
 * @param result    what the handler of this event type answered (null for heartbeats; later a booking decision)
 */
public record EventReceipt(String id, long serverId, boolean duplicate, JsonNode result) {
}
