package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged kiosk jar as a user would, and reads the database with the sqlite3 shell. */
@Tag("integration")
class InitCommandIT {
    static final Path JAR = Path.of("target", "menkou-kiosk.jar").toAbsolutePath();

    @TempDir
    Path tmp;

    @Test
    void initTwiceGivesTheSameDatabaseWithEveryServiceItem() throws Exception {
        Path data = tmp.resolve("x");
        Result first = run("java", "-jar", JAR.toString(), "init", "--data", data.toString());
        assertThat(first.exit).isZero();
        assertThat(first.out).contains("seeded with the demo content");
        String dumpAfterFirst = run("sqlite3", data.resolve("menkou.db").toString(), ".dump").out;

        Result second = run("java", "-jar", JAR.toString(), "init", "--data", data.toString());
        assertThat(second.exit).isZero();
        assertThat(second.out).contains("unchanged");
        assertThat(run("sqlite3", data.resolve("menkou.db").toString(), ".dump").out).isEqualTo(dumpAfterFirst);

        String counts = run("sqlite3", data.resolve("menkou.db").toString(),
                "SELECT COUNT(*) FROM service_category; SELECT COUNT(*) FROM service_item;"
                        + " SELECT COUNT(*) FROM service_item WHERE trim(eligibility) = '' OR trim(fees) = ''"
                        + " OR trim(provides) = '' OR trim(hours) = '' OR trim(provider) = '' OR trim(how_to_apply) = ''"
                        + " OR trim(location) = '' OR trim(phone) = '';").out;
        assertThat(counts.lines().toList()).containsExactly("8", "25", "0");
        assertThat(Files.readString(data.resolve("logs").resolve("kiosk.log"), StandardCharsets.UTF_8)).doesNotContain("ERROR");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedGivesAClearMessageAndAFailingExitCode() throws Exception {
        Path file = tmp.resolve("not-a-dir");
        Files.writeString(file, "x");
        Result r = run("java", "-jar", JAR.toString(), "init", "--data", file.resolve("sub").toString());
        assertThat(r.exit).isNotZero();
        assertThat(r.out).contains("cannot create data directory", file + " is a file, not a directory");
    }

    record Result(int exit, String out) {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
