package org.menkou.kiosk.sync;

import java.time.Instant;

/**
 * What the kiosk's staff may want to see about sync. The TUI shows "离线" discreetly when {@link #online()} is false.
 *
 * @param online         the last exchange with the server succeeded
 * @param contentVersion the server content version the local replica holds (0 before the first sync)
 * @param lastContact    when the server last answered, or null
 * @param pendingEvents  events in the outbox still to be delivered
 * @param problem        a short reason for the last failure, or null
 */
public record SyncStatus(boolean online, long contentVersion, Instant lastContact, int pendingEvents, String problem) {
}
