package org.menkou.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;

/**
 * The round trip through both packaged jars, as an advisor and a kiosk would run them: {@code card issue} prints a
 * card page, {@code qr decode} on the kiosk jar identifies the resident from that page offline; a reprint revokes it.
 */
@Tag("integration")
@Tag("sqlite")
class CardCommandIT {
    static final Path ADMIN_JAR = Path.of("target", "menkou-admin.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    record Result(int exit, String out, String err) {
    }

    @Test
    void aPrintedCardIdentifiesTheResidentAtTheKioskAndAReprintRevokesIt() throws Exception {
        Path kioskJar = kioskJar();
        Path data = tmp.resolve("data");
        new DemoSeed().seedIfEmpty(ContentStore.open(Database.openIn(data)), LocalDate.now());
        Path first = tmp.resolve("cards").resolve("zhang-1.png");
        Path second = tmp.resolve("cards").resolve("zhang-2.png");

        Result issued = run("java", "-Djava.awt.headless=true", "-jar", ADMIN_JAR.toString(), "card", "issue",
                "--data", data.toString(), "--resident", "r-7k2m9q", "--out", first.toString());
        assertThat(issued.exit()).as(issued.err()).isZero();
        assertThat(issued.out()).startsWith("issued card ").contains("r-7k2m9q");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys").resolve("card-signing.key"))))
                .isEqualTo("rw-------");

        assertThat(decode(kioskJar, first, data).out()).isEqualTo("resident-card r-7k2m9q\n");

        Result reprint = run("java", "-Djava.awt.headless=true", "-jar", ADMIN_JAR.toString(), "card", "issue",
                "--data", data.toString(), "--resident", "r-7k2m9q", "--out", second.toString());
        assertThat(reprint.out()).contains("revoked the earlier card");
        assertThat(decode(kioskJar, first, data).out()).isEqualTo("revoked\n");
        assertThat(decode(kioskJar, second, data).out()).isEqualTo("resident-card r-7k2m9q\n");
    }

    @Test
    void anUnknownResidentGetsOneClearLineAndNoCard() throws Exception {
        Path data = tmp.resolve("data");
        new DemoSeed().seedIfEmpty(ContentStore.open(Database.openIn(data)), LocalDate.now());
        Result r = run("java", "-Djava.awt.headless=true", "-jar", ADMIN_JAR.toString(), "card", "issue",
                "--data", data.toString(), "--resident", "r-nobody", "--out", tmp.resolve("x.png").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("menkou: no resident with id r-nobody").doesNotContain("Exception");
        assertThat(tmp.resolve("x.png")).doesNotExist();
    }

    static Path kioskJar() {
        Path jar = Path.of(System.getProperty("menkou.kiosk.jar", "../kiosk/target/menkou-kiosk.jar")).toAbsolutePath().normalize();
        assertThat(jar).as("the round trip needs the kiosk jar; build it first: mvn -pl kiosk,admin-web -am verify").exists();
        return jar;
    }

    static Result decode(Path kioskJar, Path image, Path data) throws IOException, InterruptedException {
        return run("java", "-Djava.awt.headless=true", "-jar", kioskJar.toString(), "qr", "decode", image.toString(),
                "--data", data.toString());
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("menkou-it-", ".err");
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
