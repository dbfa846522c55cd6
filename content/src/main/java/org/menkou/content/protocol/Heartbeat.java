package org.menkou.content.protocol;

/**
 * The payload of a {@code heartbeat} event.
 *
 * @param contentVersion       the server content version the kiosk's replica holds
 * @param appVersion           the kiosk software version
 * @param voiceModelInstalled  whether a speech-recognition model is installed
 * @param voiceStatus          short free text, e.g. {@code ready}, {@code no-model}, {@code no-microphone}
 */
public record Heartbeat(long contentVersion, String appVersion, boolean voiceModelInstalled, String voiceStatus) {
    /** The event type name of heartbeats. */
    public static final String TYPE = "heartbeat";
}
