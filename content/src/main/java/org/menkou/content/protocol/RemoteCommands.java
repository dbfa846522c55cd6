package org.menkou.content.protocol;

import java.util.List;

/** The answer to {@code GET} {@link KioskApiPaths#COMMANDS}: the kiosk's pending commands, oldest first. */
public record RemoteCommands(List<RemoteCommand> commands) {
    public RemoteCommands {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
