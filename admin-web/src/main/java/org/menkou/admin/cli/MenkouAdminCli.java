package org.menkou.admin.cli;

import org.menkou.content.ContentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The server-side half of the {@code menkou} command line. The {@code ./menkou} launcher sends admin jobs here. */
@Command(name = "menkou", mixinStandardHelpOptions = true, version = "menkou 0.1.0",
        description = "Menkou server-side commands (admin site, kiosk registration, resident cards).",
        subcommands = {AdminCommand.class, StationsCommand.class, KiosksCommand.class, CardCommand.class,
            BackupCommand.class, RestoreCommand.class, ReleaseCommand.class})
public final class MenkouAdminCli {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with its error handling: a failure the user can act on (a store that cannot be opened, an
     * unknown resident, a missing font) prints one line on standard error and exits with 1, without a stack trace.
     */
    static CommandLine commandLine() {
        return new CommandLine(new MenkouAdminCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ContentException) {
                cmd.getErr().println("menkou: " + e.getMessage());
                return 1;
            }
            throw e;
        });
    }
}
