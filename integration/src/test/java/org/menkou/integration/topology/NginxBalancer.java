package org.menkou.integration.topology;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.menkou.content.testing.LoopbackPort;

/**
 * Debian's real nginx ({@value #NGINX}, package {@code nginx}) as the load balancer in front of several admin server
 * nodes on loopback: round-robin over {@code 127.0.0.1:PORT} upstreams, no sticky sessions, a dead node skipped
 * ({@code proxy_next_upstream error timeout http_502 http_503}, connect timeout 1 s), the alarm board's WebSocket
 * ({@value #WEBSOCKET_PATH}) passed through with its upgrade headers, {@code X-Forwarded-Proto} set, and optionally
 * TLS with a {@link TestCertificates} certificate.
 *
 * <p>It runs as a child process of the test JVM in the foreground ({@code daemon off; master_process on;}) on a
 * generated configuration in a directory the test owns, which also holds its pid file, logs and temp paths. Its port
 * on 127.0.0.1 is held with {@link LoopbackPort} before nginx binds it. {@link #start} returns once the port accepts
 * connections; {@link #close} stops nginx (SIGTERM to the master, which stops its workers) and waits for it.
 */
public final class NginxBalancer implements AutoCloseable {
    public static final String NGINX = "/usr/sbin/nginx";
    /** The admin site's WebSocket (AlarmBoardPages). */
    public static final String WEBSOCKET_PATH = "/alarms/live";
    private static final Duration READY_WITHIN = Duration.ofSeconds(15);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(10);

    private final Process process;
    private final Path dir;
    private final URI url;

    private NginxBalancer(Process process, Path dir, URI url) {
        this.process = process;
        this.dir = dir;
        this.url = url;
    }

    /**
     * Starts nginx in {@code dir} (created; the test owns it) balancing over the admin nodes on {@code upstreamPorts}
     * of 127.0.0.1, with TLS when {@code tls} is given. The caller closes it.
     */
    public static NginxBalancer start(Path dir, List<Integer> upstreamPorts, Optional<TestCertificates> tls)
            throws IOException {
        if (!Files.isExecutable(Path.of(NGINX))) {
            throw new IllegalStateException(NGINX + " is missing: install the Debian package nginx"
                    + " (./menkou test does, when run as root)");
        }
        Path home = Files.createDirectories(dir).toAbsolutePath();
        Files.createDirectories(home.resolve("temp"));
        try (LoopbackPort port = LoopbackPort.hold()) {
            boolean root = Integer.valueOf(0).equals(Files.getAttribute(home, "unix:uid"));
            Path config = Files.writeString(home.resolve("nginx.conf"),
                    config(home, port.port(), upstreamPorts, tls, root), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(NGINX, "-p", home + "/", "-c", config.toString(),
                    "-e", home.resolve("error.log").toString())
                    .redirectErrorStream(true).redirectOutput(home.resolve("nginx.out").toFile()).start();
            NginxBalancer balancer = new NginxBalancer(process, home,
                    URI.create((tls.isPresent() ? "https" : "http") + "://127.0.0.1:" + port.port() + "/"));
            try {
                balancer.awaitListening(port.port());
            } catch (IOException | RuntimeException e) {
                balancer.close();
                throw e;
            }
            return balancer;
        }
    }

    /** The configuration: everything nginx writes goes below {@code home}. */
    static String config(Path home, int port, List<Integer> upstreamPorts, Optional<TestCertificates> tls, boolean root) {
        String upstreams = upstreamPorts.stream().map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String proxy = """
                    proxy_pass http://menkou;
                    proxy_http_version 1.1;
                    proxy_set_header Host $http_host;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_next_upstream error timeout http_502 http_503;
                    proxy_connect_timeout 1s;
            """;
        String listen = tls.map(t -> "  listen 127.0.0.1:" + port + " ssl;\n  ssl_certificate " + t.certificate()
                + ";\n  ssl_certificate_key " + t.key() + ";\n").orElse("  listen 127.0.0.1:" + port + ";\n");
        return (root ? "user root;\n" : "") + """
                daemon off;
                master_process on;
                worker_processes 1;
                pid HOME/nginx.pid;
                events { worker_connections 4096; }
                http {
                  log_format upstream '$request_method $uri $status $upstream_addr';
                  access_log HOME/access.log upstream;
                  client_body_temp_path HOME/temp/body;
                  proxy_temp_path HOME/temp/proxy;
                  fastcgi_temp_path HOME/temp/fastcgi;
                  uwsgi_temp_path HOME/temp/uwsgi;
                  scgi_temp_path HOME/temp/scgi;
                  upstream menkou {
                UPSTREAMS
                    keepalive 16;
                    keepalive_timeout 4s;
                  }
                  server {
                LISTEN
                    location / {
                PROXY
                      proxy_set_header Connection "";
                    }
                    location WEBSOCKET {
                PROXY
                      proxy_set_header Upgrade $http_upgrade;
                      proxy_set_header Connection "upgrade";
                      proxy_read_timeout 1h;
                    }
                  }
                }
                """.replace("HOME", home.toString()).replace("UPSTREAMS", upstreams).replace("LISTEN", listen)
                .replace("PROXY", proxy.stripTrailing()).replace("WEBSOCKET", WEBSOCKET_PATH);
    }

    /** Waits until nginx accepts connections on {@code port}; throws with its log when it exits or takes too long. */
    private void awaitListening(int port) throws IOException {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (true) {
            if (!process.isAlive()) {
                throw new IOException("nginx exited with " + process.exitValue() + ": " + log());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("nginx did not listen on 127.0.0.1:" + port + " within "
                            + READY_WITHIN.toSeconds() + " s: " + log(), notYet);
                }
            }
            try {
                process.waitFor(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for nginx", e);
            }
        }
    }

    /** The nginx master process; its workers are its children. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** {@code http://127.0.0.1:PORT/} or {@code https://…}: the balancer's base URL. */
    public URI url() {
        return url;
    }

    /**
     * The upstream ({@code 127.0.0.1:PORT}, or several separated by {@code ", "} when nginx moved on) of each request
     * logged so far, oldest first, with its method, path and status: {@code POST /api/kiosk/v1/events 200 127.0.0.1:PORT}.
     */
    public List<String> accessLog() throws IOException {
        Path log = dir.resolve("access.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    /** nginx's own output and error log, for failure messages. */
    public String log() throws IOException {
        StringBuilder s = new StringBuilder();
        for (String name : List.of("nginx.out", "error.log")) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                s.append(name).append(": ").append(Files.readString(file, StandardCharsets.UTF_8).strip()).append('\n');
            }
        }
        return s.toString().strip();
    }

    /** Stops nginx (fast shutdown) and waits for the master; its workers are ended by id if it had to be killed. */
    @Override
    public void close() {
        List<ProcessHandle> workers = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                workers.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_WITHIN.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
