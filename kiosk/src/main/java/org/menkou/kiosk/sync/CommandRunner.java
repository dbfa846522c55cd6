package org.menkou.kiosk.sync;

import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.RemoteCommand;

/**
 * Does the remote commands an admin sent this kiosk, except {@link RemoteCommand.Kind#RESYNC}, which the sync does
 * itself. Called on the sync thread (never the UI thread) during a round; each call must return within seconds.
 */
public interface CommandRunner {
    /** Does {@code kind} and says how it went; never throws for a command that failed, answers ok=false instead. */
    CommandResult run(RemoteCommand.Kind kind);

    /** Called once the server has the result of a command of {@code kind}: a restart leaves now. */
    default void delivered(RemoteCommand.Kind kind) {
    }
}
