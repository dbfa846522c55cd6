package org.menkou.content.protocol;

import java.util.List;

/** The body of an event push: oldest first. */
public record EventBatch(List<KioskEvent> events) {
}
