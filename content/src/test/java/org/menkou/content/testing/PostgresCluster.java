package org.menkou.content.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for tests: Debian's server binaries, {@code initdb} into a temporary directory and
 * {@code pg_ctl start} on a held loopback port (as the {@code postgres} user when the tests run as root, since
 * PostgreSQL refuses to run as root). The superuser {@value #SUPERUSER} connects without a password, from loopback
 * only. Nothing outside the directory is touched; {@link #close} stops the server and deletes it.
 * Thread-safe. {@link #shared()} is one cluster per test JVM, stopped when the JVM exits.
 */
public final class PostgresCluster implements AutoCloseable {
    public static final String SUPERUSER = "menkou";
    private static final Path DEBIAN_SERVERS = Path.of("/usr/lib/postgresql");
    private final Path bin;
    private final Path dir;
    private final LoopbackPort port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path dir, LoopbackPort port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Holds the JVM's one shared cluster, started on first use. */
    private static final class Shared {
        static final PostgresCluster CLUSTER = startShared();

        private static PostgresCluster startShared() {
            try {
                PostgresCluster cluster = start();
                Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "postgres-cluster-stop"));
                return cluster;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The cluster of this test JVM, started the first time it is asked for. */
    public static PostgresCluster shared() {
        return Shared.CLUSTER;
    }

    /** A new cluster, initialised and started; the caller closes it. */
    public static PostgresCluster start() throws IOException {
        Path bin = serverBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("menkou-pg-");
        LoopbackPort port = LoopbackPort.hold();
        PostgresCluster cluster = new PostgresCluster(bin, dir, port, root);
        try {
            if (root) {
                UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
            }
            cluster.run("initdb", "-D", cluster.data().toString(), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync");
            cluster.startServer();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private static Path serverBinaries() {
        try (Stream<Path> versions = Files.isDirectory(DEBIAN_SERVERS) ? Files.list(DEBIAN_SERVERS) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException(
                            "needs Debian package postgresql (./menkou test installs it): no " + DEBIAN_SERVERS + "/*/bin/initdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void startServer() throws IOException {
        run("pg_ctl", "-D", data().toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port.port() + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                        + " -c max_connections=600 -c fsync=on", "start");
    }

    /** The server's main process (postmaster), as its pid file names it; its backends are its children. */
    public ProcessHandle server() throws IOException {
        String pid = Files.readAllLines(data().resolve("postmaster.pid")).get(0).strip();
        return ProcessHandle.of(Long.parseLong(pid))
                .orElseThrow(() -> new IOException("the PostgreSQL server " + pid + " of " + this + " is not running"));
    }

    /** The port the server listens on, on 127.0.0.1. */
    public int port() {
        return port.port();
    }

    /** A JDBC URL of database {@code name} as the superuser. */
    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + name + "?user=" + SUPERUSER;
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public String newDatabase() {
        String name = "menkou_test_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + this + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    /** Stops the server (fast: open connections are cut, nothing committed is lost) and starts it on the same port. */
    public void restart() throws IOException {
        stopServer("fast");
        startServer();
    }

    /** Stops the server, as a crash would (immediate: no checkpoint); {@link #restart} or {@link #resume} start it. */
    public void stopServer(String mode) throws IOException {
        run("pg_ctl", "-D", data().toString(), "-w", "-t", "60", "-m", mode, "stop");
    }

    /** Starts the server after {@link #stopServer}. */
    public void resume() throws IOException {
        startServer();
    }

    private void run(String program, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path log = dir.resolve(program + ".out");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(program + " did not finish within 90 s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted waiting for " + program, e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(program + " failed (exit " + p.exitValue() + "): " + tail(log) + tail(dir.resolve("server.log")));
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())) + "\n";
        } catch (IOException e) {
            return "(cannot read " + log + ")\n";
        }
    }

    /** Stops the server at once and deletes its directory. */
    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                stopServer("immediate");
            }
        } catch (IOException e) {
            System.err.println("postgres test cluster: " + e.getMessage());
        }
        try {
            port.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (IOException e) {
            System.err.println("postgres test cluster: cannot delete " + dir + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL test cluster on 127.0.0.1:" + port() + " in " + dir;
    }
}
