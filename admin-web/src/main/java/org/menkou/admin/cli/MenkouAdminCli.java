package org.menkou.admin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The server-side half of the {@code menkou} command line. The {@code ./menkou} launcher sends admin jobs here. */
@Command(name = "menkou", mixinStandardHelpOptions = true, version = "menkou 0.1.0",
        description = "Menkou server-side commands (admin site).",
        subcommands = {AdminCommand.class})
public final class MenkouAdminCli {
    public static void main(String[] args) {
        System.exit(new CommandLine(new MenkouAdminCli()).execute(args));
    }
}
