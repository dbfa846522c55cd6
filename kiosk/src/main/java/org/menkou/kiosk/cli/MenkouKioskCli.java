package org.menkou.kiosk.cli;

import org.menkou.content.ContentException;
import org.menkou.hardware.HardwareException;
import org.menkou.voice.VoiceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The kiosk-side half of the {@code menkou} command line. The {@code ./menkou} launcher sends kiosk jobs here. */
@Command(name = "menkou", mixinStandardHelpOptions = true, version = "menkou 0.1.0",
        description = "Menkou kiosk-side commands.",
        subcommands = {InitCommand.class, KioskCommand.class, DemoCommand.class, QrCommand.class, ModelCommand.class,
                VoiceEvalCommand.class, AlarmPinCommand.class})
public final class MenkouKioskCli {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with its error handling: a failure the user can act on (a store that cannot be opened, a
     * missing device) prints one line on standard error and exits with 1, without a stack trace.
     */
    static CommandLine commandLine() {
        return new CommandLine(new MenkouKioskCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ContentException || e instanceof HardwareException || e instanceof VoiceException) {
                cmd.getErr().println("menkou: " + e.getMessage());
                return 1;
            }
            throw e;
        });
    }
}
