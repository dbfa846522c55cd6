package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.kiosk.sync.KioskCredentials;
import picocli.CommandLine;

/**
 * {@code menkou kiosk --server A --server B --server-ca FILE}: the flags land in {@code DATA/sync.properties} (and the
 * CA in {@code DATA/server-ca.pem}) and are what the next start without flags uses; a bad CA file stops the start
 * with one line.
 */
class KioskServerOptionsTest {
    private static final String TOKEN = "mk1.abcdefghijklmnopqrstuvwxyz0123456789";
    private static final URI A = URI.create("https://node-a.menkou.example:7443/");
    private static final URI B = URI.create("http://10.0.0.3:7080/");

    @TempDir
    Path tmp;

    private static KioskCommand parse(String... args) {
        KioskCommand command = new KioskCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    private Path handedOverCa() throws Exception {
        Path file = tmp.resolve("district-ca.pem");
        try (InputStream in = getClass().getResourceAsStream("/org/menkou/kiosk/sync/test-ca.pem")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void serversAndCaGivenOnceAreStoredAndUsedOnTheNextStartWithoutFlags() throws Exception {
        Path data = tmp.resolve("kiosk");
        Path ca = handedOverCa();
        KioskCommand first = parse("--data", data.toString(), "--server", A.toString(), "--server", B.toString(),
                "--token", TOKEN, "--server-ca", ca.toString());
        assertThat(first.servers).containsExactly(A, B);

        KioskCredentials stored = first.credentials(data).orElseThrow();
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve(KioskCredentials.FILE_NAME), StandardCharsets.UTF_8)) {
            file.load(in);
        }
        assertThat(file.getProperty("servers")).isEqualTo(A + " " + B);
        assertThat(file.getProperty("server")).as("older kiosks read the preferred server alone").isEqualTo(A.toString());
        assertThat(file.getProperty("token")).isEqualTo(TOKEN);
        assertThat(file.getProperty("server-ca")).isEqualTo(KioskCredentials.CA_FILE_NAME);
        Path copy = data.resolve(KioskCredentials.CA_FILE_NAME);
        assertThat(copy).hasSameBinaryContentAs(ca);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        Files.delete(ca);

        KioskCommand next = parse("--data", data.toString());
        assertThat(next.servers).isEmpty();
        assertThat(next.serverCa).isNull();
        assertThat(next.credentials(data)).contains(stored);
        assertThat(stored.servers()).containsExactly(A, B);
        assertThat(stored.serverCa()).contains(copy.toAbsolutePath());
    }

    @Test
    void aBadCaFileStopsTheKioskWithOneLine() throws Exception {
        Path data = tmp.resolve("kiosk");
        Path bad = Files.writeString(tmp.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\nnot base64 !\n-----END CERTIFICATE-----\n");
        StringWriter err = new StringWriter();
        CommandLine cli = MenkouKioskCli.commandLine();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("kiosk", "--data", data.toString(), "--no-voice", "--server", B.toString(), "--token", TOKEN,
                "--server-ca", bad.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("menkou: server CA " + bad + ": ").hasLineCount(1);
        assertThat(data.resolve(KioskCredentials.FILE_NAME)).doesNotExist();
    }

    @Test
    void theTokenComesFromATokenFileSoThatItIsNotInTheProcessList() throws Exception {
        Path data = tmp.resolve("kiosk");
        Path file = Files.writeString(tmp.resolve("kiosk.token"), "\n  " + TOKEN + "  \n");
        KioskCredentials stored = parse("--data", data.toString(), "--server", A.toString(), "--token-file",
                file.toString()).credentials(data).orElseThrow();
        assertThat(stored.token()).isEqualTo(TOKEN);

        Path empty = Files.writeString(tmp.resolve("empty.token"), "\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("--data", data.toString(), "--server",
                A.toString(), "--token-file", empty.toString()).credentials(data))
                .hasMessageContaining("is empty");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("--data", data.toString(), "--server",
                A.toString(), "--token", TOKEN, "--token-file", file.toString()).credentials(data))
                .hasMessageContaining("not both");
    }

    @Test
    void theKioskKeepsTheCentresTimeZoneWhateverTheMachinesClockZoneIs() {
        assertThat(parse("--data", tmp.toString()).zone).as("the server's --time-zone default")
                .isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(parse("--data", tmp.toString(), "--time-zone", "Europe/Berlin").zone)
                .isEqualTo(ZoneId.of("Europe/Berlin"));
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new KioskCommand()).setErr(new PrintWriter(err)).execute("--data", tmp.toString(),
                "--time-zone", "Mars/Olympus");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--time-zone").contains("Mars/Olympus");
    }
}
