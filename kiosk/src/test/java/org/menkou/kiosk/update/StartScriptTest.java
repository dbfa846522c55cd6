package org.menkou.kiosk.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start script {@code packaging/kiosk/menkou-kiosk-start} run by bash on a temporary data directory, with a
 * {@code java} on the PATH that writes down how it was started: which jar it runs, and its trial counting and rollback
 * rules on the files {@link ReleaseFiles} writes.
 */
class StartScriptTest {
    private static final Path SCRIPT = Path.of("..", "packaging", "kiosk", "menkou-kiosk-start").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private Path data;
    private ReleaseFiles files;

    @BeforeEach
    void fakeJava() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$STARTED\"\n",
                StandardCharsets.US_ASCII);
        bin.resolve("java").toFile().setExecutable(true);
        data = dir.resolve("data");
        files = new ReleaseFiles(data);
    }

    /** Runs the script with kiosk arguments; returns the java command line it exec'd (one argument a line). */
    private List<String> start(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString(), "--server", "http://x", "--window")
                .redirectErrorStream(true).redirectOutput(dir.resolve("script.log").toFile());
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("MENKOU_DATA", data.toString());
        pb.environment().put("MENKOU_PACKAGED_JAR", "/opt/packaged.jar");
        pb.environment().put("MENKOU_KIOSK_JAVA_OPTS", "-Xmx64m -Dx=y");
        pb.environment().put("STARTED", dir.resolve("started").toString());
        pb.environment().putAll(env);
        Files.deleteIfExists(dir.resolve("started"));
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("script.log"))).isZero();
        return Files.readAllLines(dir.resolve("started"));
    }

    private List<String> start() throws IOException, InterruptedException {
        return start(Map.of());
    }

    private void release(String version) throws IOException {
        Files.createDirectories(files.jar(version).getParent());
        Files.writeString(files.jar(version), "jar");
    }

    @Test
    void withoutReleasesThePackagedJarRunsWithTheKioskArguments() throws Exception {
        assertThat(start()).containsExactly("-Xmx64m", "-Dx=y", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dmenkou.release=packaged", "-jar", "/opt/packaged.jar", "kiosk", "--data", data.toString(),
                "--server", "http://x", "--window");
    }

    @Test
    void thePackagedJarReportsThePackageVersionWrittenBesideItAndAReleaseDoesNot() throws Exception {
        Path packaged = Files.createDirectories(dir.resolve("usr-lib"));
        Files.writeString(packaged.resolve("VERSION"), "0.2.0~SNAPSHOT+1\n");
        Map<String, String> env = Map.of("MENKOU_PACKAGED_JAR", packaged.resolve("menkou-kiosk.jar").toString());
        assertThat(start(env)).contains("-Dmenkou.packaged-version=0.2.0~SNAPSHOT+1", "-Dmenkou.release=packaged");

        Files.writeString(packaged.resolve("VERSION"), "1.0 -Dinjected=yes\n");
        assertThat(start(env)).as("a VERSION that is not one version word is not passed on")
                .noneMatch(a -> a.startsWith("-Dmenkou.packaged-version") || a.startsWith("-Dinjected"));

        Files.writeString(packaged.resolve("VERSION"), "0.2.0\n");
        release("1.1");
        files.switchTo("1.1", ReleaseFiles.PACKAGED, Instant.now());
        assertThat(start(env)).contains("-Dmenkou.release=1.1").noneMatch(a -> a.startsWith("-Dmenkou.packaged-version"));
    }

    @Test
    void aNewReleaseOnTrialCountsItsStartsAndIsRolledBackAfterTheThird() throws Exception {
        release("1.1");
        files.switchTo("1.1", ReleaseFiles.PACKAGED, Instant.now());
        for (int n = 1; n <= 3; n++) {
            assertThat(start()).contains("-Dmenkou.release=1.1", files.jar("1.1").toString());
            assertThat(files.trial()).get().extracting(ReleaseFiles.Trial::starts).isEqualTo(n);
        }
        assertThat(start()).contains("-Dmenkou.release=packaged", "/opt/packaged.jar");
        assertThat(files.trial()).isEmpty();
        assertThat(files.current()).isEmpty();
        assertThat(files.rolledBack()).get().satisfies(r -> {
            assertThat(r.version()).isEqualTo("1.1");
            assertThat(r.reason()).contains("not healthy after 3 starts");
        });
    }

    @Test
    void aHealthyReleaseStaysAndTheNextOneFallsBackToIt() throws Exception {
        release("1.1");
        release("1.2");
        files.switchTo("1.1", ReleaseFiles.PACKAGED, Instant.now());
        start();
        files.healthy();
        assertThat(start()).contains("-Dmenkou.release=1.1");
        files.switchTo("1.2", "1.1", Instant.now().minusSeconds(700));
        assertThat(start()).as("older than MENKOU_TRIAL_SECONDS").contains("-Dmenkou.release=1.1",
                files.jar("1.1").toString());
        assertThat(files.current()).hasValue("1.1");
        assertThat(files.rolledBack()).get().satisfies(r -> assertThat(r.reason()).contains("within 600 seconds"));
    }

    @Test
    void limitsComeFromTheEnvironmentAndAStaleTrialOrMissingJarIsIgnored() throws Exception {
        release("2.0");
        files.switchTo("2.0", ReleaseFiles.PACKAGED, Instant.now());
        assertThat(start(Map.of("MENKOU_TRIAL_STARTS", "1"))).contains("-Dmenkou.release=2.0");
        assertThat(start(Map.of("MENKOU_TRIAL_STARTS", "1"))).contains("-Dmenkou.release=packaged");

        files.switchTo("3.0", ReleaseFiles.PACKAGED, Instant.now());
        Files.writeString(data.resolve("releases").resolve("current"), "2.0\n");
        assertThat(start()).contains("-Dmenkou.release=2.0");
        assertThat(files.trial()).as("a trial of a version that is not current").isEmpty();

        Files.writeString(data.resolve("releases").resolve("current"), "9.9\n");
        assertThat(start()).as("no jar for 9.9").contains("-Dmenkou.release=packaged", "/opt/packaged.jar");
    }
}
