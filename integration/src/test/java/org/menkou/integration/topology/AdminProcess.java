package org.menkou.integration.topology;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.menkou.content.testing.LoopbackPort;

/**
 * One admin server node as production runs it: the admin jar ({@code menkou admin --db URL}) in its own process on a
 * held loopback port, so a restarted node comes back on the same address (the load balancer's upstream). Output goes
 * to {@code NAME.log} in the node's directory. The test kills, stops, restarts and finally closes it.
 */
public final class AdminProcess implements AutoCloseable {
    /** The admin jar, packaged earlier in the reactor. */
    static final Path ADMIN_JAR = Path.of(System.getProperty("menkou.admin.jar", "../admin-web/target/menkou-admin.jar"))
            .toAbsolutePath().normalize();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private final String name;
    private final Path log;
    private final List<String> command;
    private final LoopbackPort port;
    private Process process;

    private AdminProcess(String name, Path log, List<String> command, LoopbackPort port) {
        this.name = name;
        this.log = log;
        this.command = command;
        this.port = port;
    }

    /**
     * Starts node {@code name} on database {@code dbUrl} with data directory {@code dir} (card keys and such) and
     * waits until it serves.
     *
     * @param options further {@code menkou admin} options, e.g. {@code --escalate-seconds 5}
     */
    public static AdminProcess start(String name, Path dir, String dbUrl, String... options) throws IOException {
        if (!Files.isRegularFile(ADMIN_JAR)) {
            throw new IllegalStateException("build the admin jar first (mvn -pl admin-web -am package): no " + ADMIN_JAR);
        }
        Files.createDirectories(dir);
        LoopbackPort port = LoopbackPort.hold();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-jar", ADMIN_JAR.toString(), "admin", "--data", dir.toString(), "--db", dbUrl,
                "--bind", "127.0.0.1", "--port", Integer.toString(port.port())));
        command.addAll(List.of(options));
        AdminProcess node = new AdminProcess(name, dir.resolve(name + ".log"), command, port);
        node.launch();
        return node;
    }

    /**
     * Starts node {@code name} on the SQLite database of data directory {@code dataDir} (no {@code --db}), its output
     * in {@code NAME.log} in {@code logDir}, and waits until it serves.
     */
    public static AdminProcess onDataDirectory(String name, Path dataDir, Path logDir, String... options)
            throws IOException {
        if (!Files.isRegularFile(ADMIN_JAR)) {
            throw new IllegalStateException("build the admin jar first (mvn -pl admin-web -am package): no " + ADMIN_JAR);
        }
        Files.createDirectories(logDir);
        LoopbackPort port = LoopbackPort.hold();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-jar", ADMIN_JAR.toString(), "admin", "--data", dataDir.toString(),
                "--bind", "127.0.0.1", "--port", Integer.toString(port.port())));
        command.addAll(List.of(options));
        AdminProcess node = new AdminProcess(name, logDir.resolve(name + ".log"), command, port);
        node.launch();
        return node;
    }

    private void launch() throws IOException {
        long servedBefore = served();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        await(name + " serves").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + output());
            }
            return served() > servedBefore;
        });
    }

    /** How many times the node said it serves, over all its starts. */
    private long served() throws IOException {
        return output().lines().filter(l -> l.startsWith("admin site: ")).count();
    }

    private Path log() {
        return log;
    }

    /** Everything the node printed, over all its starts. */
    public String output() throws IOException {
        return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
    }

    public String name() {
        return name;
    }

    public int port() {
        return port.port();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL, as a crash or a power cut of the node's machine: nothing runs after it. Returns once it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the node finishes its requests and stops. Returns once it is gone. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** Starts the node again on the same port and database, after {@link #kill} or {@link #stop}. */
    public void restart() throws IOException {
        if (alive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    /** Kills the node if it runs and releases its port. */
    @Override
    public void close() throws IOException {
        if (alive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        port.close();
    }

    @Override
    public String toString() {
        return name + " on " + url();
    }
}
