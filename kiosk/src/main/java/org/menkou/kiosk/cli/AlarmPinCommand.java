package org.menkou.kiosk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menkou.content.DataDirectory;
import org.menkou.kiosk.alarm.AlarmPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou alarm-pin}: sets the station staff PIN that cancels an alarm at this kiosk (read from stdin). */
@Command(name = "alarm-pin", mixinStandardHelpOptions = true,
        description = {"Set the staff PIN (4-8 digits, one line on standard input) that lets station staff cancel an",
                "emergency call at this kiosk. Without a PIN only the alarm board can close calls."})
final class AlarmPinCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Override
    public Integer call() throws IOException {
        Path dir = DataDirectory.resolve(data, System.getenv());
        String pin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        new AlarmPin(dir).set(pin == null ? "" : pin.strip());
        System.out.println("staff PIN set in " + dir.resolve(AlarmPin.FILE));
        return 0;
    }
}
