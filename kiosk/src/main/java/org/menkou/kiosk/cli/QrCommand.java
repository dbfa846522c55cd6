package org.menkou.kiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.menkou.content.DataDirectory;
import org.menkou.content.card.CardCheck;
import org.menkou.content.card.CardVerifier;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import org.menkou.hardware.CameraSettings;
import org.menkou.hardware.HardwareException;
import org.menkou.hardware.QrReader;
import org.menkou.hardware.ScannedCode;
import org.menkou.hardware.setup.QrReaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code menkou qr …}: reads one code the way the kiosk will (an image file, the camera, the scanner's input device)
 * and checks it offline with the card key and revocation list in the data directory. Prints one line: the kind
 * ({@code resident-card}, {@code expired}, {@code revoked}, {@code forged}, {@code foreign}, {@code none}) and, for a
 * valid card, the resident's opaque id. The scanned text itself is never printed or logged; the log gets the kind.
 */
@Command(name = "qr", mixinStandardHelpOptions = true, description = "Read and check a resident card's QR code.",
        subcommands = {QrCommand.Decode.class, QrCommand.Camera.class, QrCommand.Scanner.class})
final class QrCommand {
    private QrCommand() {
    }

    /** What every qr subcommand shares: the data directory, and checking and printing what a reader delivers. */
    abstract static class Check implements Callable<Integer> {
        @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
        Path data;

        @Spec
        CommandSpec spec;

        /** Checks what {@code reader} delivers within {@code timeout} and prints the one-line verdict. */
        int check(QrReader reader, Duration timeout) throws HardwareException, InterruptedException {
            Path dir = DataDirectory.resolve(data, System.getenv());
            KioskLogging.toDirectory(dir);
            Logger log = LoggerFactory.getLogger(QrCommand.class);
            CardVerifier verifier;
            try (Database database = Database.openIn(dir)) {
                verifier = CardVerifier.fromStore(ContentStore.open(database), Clock.systemDefaultZone());
            }
            Optional<ScannedCode> code = reader.read(timeout);
            CardCheck check = verifier.check(code.map(ScannedCode::text).orElse(null));
            log.info("qr {}: {}", code.map(c -> c.source().name().toLowerCase(Locale.ROOT)).orElse("scan"),
                    check.kind().label());
            PrintWriter out = spec.commandLine().getOut();
            out.println(check.kind().label() + check.residentId().map(id -> " " + id).orElse(""));
            out.flush();
            return 0;
        }
    }

    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Check the QR code in an image file (PNG, JPEG, GIF, BMP).")
    static final class Decode extends Check {
        @Parameters(paramLabel = "FILE", description = "The image file.")
        Path file;

        @Override
        public Integer call() throws HardwareException, InterruptedException {
            try (QrReader reader = QrReaders.imageFile(file)) {
                return check(reader, Duration.ZERO);
            }
        }
    }

    @Command(name = "camera", mixinStandardHelpOptions = true,
            description = "Wait for a code in front of the camera (V4L2, captured with ffmpeg) and check it.")
    static final class Camera extends Check {
        @Option(names = "--device", defaultValue = "/dev/video0", description = "Camera device (default: ${DEFAULT-VALUE}).")
        Path device;

        @Option(names = "--seconds", defaultValue = "30", description = "How long to wait (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws HardwareException, InterruptedException {
            CameraSettings defaults = CameraSettings.defaults();
            CameraSettings settings = new CameraSettings(device, defaults.width(), defaults.height(),
                    defaults.framesPerSecond(), defaults.ffmpeg());
            try (QrReader reader = QrReaders.camera(settings)) {
                return check(reader, Duration.ofSeconds(seconds));
            }
        }
    }

    @Command(name = "scanner", mixinStandardHelpOptions = true,
            description = "Wait for a scan from a USB scanner's Linux input device and check it.")
    static final class Scanner extends Check {
        @Option(names = "--device", required = true, description = "Input device, e.g. /dev/input/by-id/usb-…-event-kbd.")
        Path device;

        @Option(names = "--seconds", defaultValue = "30", description = "How long to wait (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Override
        public Integer call() throws HardwareException, InterruptedException {
            try (QrReader reader = QrReaders.inputDevice(device)) {
                return check(reader, Duration.ofSeconds(seconds));
            }
        }
    }
}
