package org.menkou.content.protocol;

import java.util.List;

/** The answer to an event push: one receipt per event, in the order sent. */
public record EventAck(List<EventReceipt> receipts) {
}
