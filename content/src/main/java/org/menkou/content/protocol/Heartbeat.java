package org.menkou.content.protocol;

/**
 * The payload of a {@code heartbeat} event.
 *
 * @param contentVersion       the server content version the kiosk's replica holds
 * @param appVersion           the kiosk software version
 * @param voiceModelInstalled  whether a speech-recognition model is installed
 * @param voiceStatus          short free text, e.g. {@code ready}, {@code no-model}, {@code no-microphone}
 * @param device               the kiosk's devices and resources; null from kiosks that do not report them
 * @param update               the kiosk's software-update state; null from kiosks that do not report it
 */
public record Heartbeat(long contentVersion, String appVersion, boolean voiceModelInstalled, String voiceStatus,
                        DeviceReport device, UpdateReport update) {
    /** The event type name of heartbeats. */
    public static final String TYPE = "heartbeat";

    /** A heartbeat without device and update reports. */
    public Heartbeat(long contentVersion, String appVersion, boolean voiceModelInstalled, String voiceStatus) {
        this(contentVersion, appVersion, voiceModelInstalled, voiceStatus, null, null);
    }
}
