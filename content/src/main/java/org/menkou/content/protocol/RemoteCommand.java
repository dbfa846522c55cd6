package org.menkou.content.protocol;

/**
 * An action an admin asked of one kiosk from the fleet page, fetched by the kiosk from {@link KioskApiPaths#COMMANDS}.
 *
 * @param id   the server's id of the command; the kiosk posts its result to {@link KioskApiPaths#commandResult(long)}
 * @param kind what to do
 */
public record RemoteCommand(long id, Kind kind) {
    /** What a kiosk is asked to do. */
    public enum Kind {
        /** Answer with the current screen as text, masked as on the screen. */
        SCREEN,
        /** Answer, then exit with status 75 so that the service manager or launcher starts the kiosk again. */
        RESTART,
        /** Run the checks that need nobody at the kiosk and answer with their results. */
        SELF_TEST,
        /** Drop the local content and take a full snapshot; unsent events stay in the outbox. */
        RESYNC
    }
}
