package org.menkou.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.menkou.content.protocol.AlarmStatus;
import org.menkou.content.protocol.ApiError;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.protocol.EventAck;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskIdentity;
import org.menkou.content.protocol.ReleaseKey;
import org.menkou.content.protocol.ReleaseManifest;
import org.menkou.content.protocol.RemoteCommands;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.SyncException.Kind;

/**
 * The kiosk's HTTP client for the kiosk API ({@link KioskApiPaths}, below a server's base URL). Each call either
 * returns the decoded answer or throws a {@link SyncException} saying whether to retry.
 *
 * <p>Each call goes to the server its {@link ServerList} uses now. A server that gives no answer (connection
 * refused, no connection within {@link #CONNECT_TIMEOUT}, no answer within the call's timeout, a broken connection,
 * a TLS handshake refused) is passed over for the next one in the list; when none answers the call throws
 * {@link Kind#UNREACHABLE}. An answer with an error status (4xx, 5xx) is an answer: it is thrown as it is, and the
 * next server is not asked. Every kiosk request is safe to send again (reads, and events carrying their own ids),
 * so a request the server may have seen before its connection broke is sent on.
 *
 * <p>Thread-safe; holds no connection between calls beyond the JDK client's pool.
 */
public final class SyncClient {
    /** How long a sync call waits for its answer (connect and answer each). */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long any call waits for a connection before it moves on to the next server. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private final ServerList servers;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = SyncJson.lenient();

    public SyncClient(URI server, String token) {
        this(server, token, TIMEOUT);
    }

    /** A client of one server whose calls give up after {@code timeout} (connect and answer each), e.g. short for alarms. */
    public SyncClient(URI server, String token, Duration timeout) {
        this(ServerList.of(server), token, timeout, ServerTrust.system());
    }

    /**
     * A client of {@code servers} (shared with the kiosk's other clients) whose calls wait at most {@code timeout}
     * for each server's answer and at most {@link #CONNECT_TIMEOUT} (or {@code timeout} when shorter) for its
     * connection; https servers are trusted as {@code tls} says ({@link ServerTrust}).
     */
    public SyncClient(ServerList servers, String token, Duration timeout, SSLContext tls) {
        this.servers = servers;
        this.token = token;
        this.timeout = timeout;
        this.connectTimeout = timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT;
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(connectTimeout).build();
    }

    /** The servers this client asks, shared with the kiosk's other clients. */
    public ServerList servers() {
        return servers;
    }

    public KioskIdentity me() {
        return send(base -> request(base, KioskApiPaths.ME).GET().build(), KioskIdentity.class);
    }

    /** One page of content changes after {@code since}, at most {@code limit} items. */
    public ContentPage content(long since, int limit) {
        return send(base -> request(base, KioskApiPaths.content(since, limit)).GET().build(), ContentPage.class);
    }

    public EventAck push(EventBatch batch) {
        try {
            byte[] body = json.writeValueAsBytes(batch);
            return send(base -> post(base, KioskApiPaths.EVENTS, body), EventAck.class);
        } catch (JsonProcessingException e) {
            throw new SyncException(Kind.REFUSED, 0, "encode", "cannot encode events: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Posts {@code body} as JSON to {@code path} (one of {@link KioskApiPaths}) and reads the answer as {@code type};
     * for the kiosk's questions besides sync (e.g. a resident's bookings). Throws SyncException like the other calls.
     */
    public <T> T ask(String path, Object body, Class<T> type) {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            return send(base -> post(base, path, bytes), type);
        } catch (JsonProcessingException e) {
            throw new SyncException(Kind.REFUSED, 0, "encode", "cannot encode the question: " + e.getOriginalMessage(), e);
        }
    }

    /** This kiosk's pending remote commands, oldest first ({@code GET} {@link KioskApiPaths#COMMANDS}). */
    public RemoteCommands commands() {
        return send(base -> request(base, KioskApiPaths.COMMANDS).GET().build(), RemoteCommands.class);
    }

    /** Delivers the result of command {@code id}; throws SyncException when refused (e.g. 409: it expired). */
    public void commandResult(long id, CommandResult result) {
        try {
            byte[] body = json.writeValueAsBytes(result);
            send(base -> post(base, KioskApiPaths.commandResult(id), body), Void.class);
        } catch (JsonProcessingException e) {
            throw new SyncException(Kind.REFUSED, 0, "encode", "cannot encode the result: " + e.getOriginalMessage(), e);
        }
    }

    /** The server's state of an alarm this kiosk sent ({@code GET} {@link KioskApiPaths#ALARM}). */
    public AlarmStatus alarm(String alarmId) {
        return send(base -> request(base, KioskApiPaths.alarm(alarmId)).GET().build(), AlarmStatus.class);
    }

    /** The release the server assigns to this kiosk ({@link KioskApiPaths#RELEASE}); empty when none is. */
    public Optional<ReleaseManifest> release() {
        return Optional.ofNullable(send(base -> request(base, KioskApiPaths.RELEASE).GET().build(), ReleaseManifest.class));
    }

    /** The district release key's public half as the server gives it ({@link KioskApiPaths#RELEASE_KEY}). */
    public ReleaseKey releaseKey() {
        return send(base -> request(base, KioskApiPaths.RELEASE_KEY).GET().build(), ReleaseKey.class);
    }

    /**
     * Streams {@code path} from the first server that answers into {@code target} (created or replaced), refusing
     * more than {@code maxBytes}; returns the bytes written. Throws SyncException like the other calls; the caller
     * deletes a partial file.
     */
    public long download(String path, Path target, long maxBytes) {
        return send(base -> request(base, path).header("Accept", "application/java-archive").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream(), response -> save(response, target, maxBytes));
    }

    private long save(HttpResponse<InputStream> response, Path target, long maxBytes) {
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                read(new AnsweredBytes(response.statusCode(), in.readNBytes(4096)), Object.class);
                throw new SyncException(Kind.SERVER_ERROR, response.statusCode(), "bad_answer", "no file", null);
            }
            long total = 0;
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new SyncException(Kind.REFUSED, 200, "too_large", "the file is larger than "
                                + maxBytes + " bytes", null);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return total;
        } catch (IOException e) {
            throw new SyncException(Kind.UNREACHABLE, 0, null, "download broke off: " + problem(e), e);
        }
    }

    /** A refused download's status and the start of its body, read as any other answer. */
    private record AnsweredBytes(int status, byte[] bytes) {
    }

    /** A request for {@code path} (absolute, from {@link KioskApiPaths}) below the server base URL {@code base}. */
    private HttpRequest.Builder request(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpRequest post(URI base, String path, byte[] body) {
        return request(base, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /**
     * Sends the request made for each server in turn, from {@link ServerList#order()}, until one answers, and reads
     * that answer; see the class comment.
     */
    private <T> T send(Function<URI, HttpRequest> request, Class<T> type) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray(), response -> read(response, type));
    }

    /** As {@link #send(Function, Class)}, with the answer's body taken by {@code body} and read by {@code answer}. */
    private <B, T> T send(Function<URI, HttpRequest> request, HttpResponse.BodyHandler<B> body,
                          Function<HttpResponse<B>, T> answer) {
        List<String> problems = new ArrayList<>();
        IOException last = null;
        for (URI base : servers.order()) {
            HttpResponse<B> response;
            try {
                response = exchange(request.apply(base), body);
            } catch (IOException e) {
                String problem = problem(e);
                servers.failed(base, problem);
                problems.add(servers.all().size() > 1 ? base + " " + problem : problem);
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SyncException(Kind.UNREACHABLE, 0, null, "interrupted", e);
            }
            servers.answered(base);
            return answer.apply(response);
        }
        throw new SyncException(Kind.UNREACHABLE, 0, null, "server unreachable: " + String.join("; ", problems), last);
    }

    /**
     * Sends {@code request} to its server, once more on a broken connection: a kept-alive connection the server
     * closed while idle fails at once on reuse. A refused or timed-out connection and a refused TLS handshake are
     * not repeated: the next server is asked instead.
     */
    private <B> HttpResponse<B> exchange(HttpRequest request, HttpResponse.BodyHandler<B> body)
            throws IOException, InterruptedException {
        try {
            return http.send(request, body);
        } catch (ConnectException | HttpTimeoutException | SSLException e) {
            throw e;
        } catch (IOException first) {
            try {
                return http.send(request, body);
            } catch (IOException e) {
                e.addSuppressed(first);
                throw e;
            }
        }
    }

    /** Why a server gave no answer, in a few words for the status line and the log. */
    private String problem(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + connectTimeout.toMillis() + " ms";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        if (e instanceof ConnectException) {
            return "connection refused" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        if (causedBy(e, CertificateException.class) || causedBy(e, CertPathBuilderException.class)
                || causedBy(e, CertPathValidatorException.class)) {
            return "server certificate not trusted (not signed by the kiosk's server CA, or not for this host name): "
                    + rootMessage(e);
        }
        if (causedBy(e, SSLException.class)) {
            return "TLS failed: " + rootMessage(e);
        }
        return e.toString();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        return read(new AnsweredBytes(response.statusCode(), response.body()), type);
    }

    /** The answer as {@code type}; null for 204 No Content; a SyncException for 4xx and 5xx. */
    private <T> T read(AnsweredBytes response, Class<T> type) {
        int status = response.status();
        if (status == 204) {
            return null;
        }
        if (status >= 400) {
            ApiError error = readError(response.bytes());
            Kind kind = status >= 500 ? Kind.SERVER_ERROR : Kind.REFUSED;
            throw new SyncException(kind, status, error.error(), "HTTP " + status + " " + error.message(), null);
        }
        if (type == Void.class) {
            return null;
        }
        try {
            return json.readValue(response.bytes(), type);
        } catch (IOException e) {
            throw new SyncException(Kind.SERVER_ERROR, status, "bad_answer", "unreadable answer: " + e.getMessage(), e);
        }
    }

    private ApiError readError(byte[] body) {
        try {
            ApiError e = json.readValue(body, ApiError.class);
            return e.error() == null ? new ApiError("unknown", "") : e;
        } catch (IOException e) {
            return new ApiError("unknown", new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
        }
    }
}
