package org.menkou.kiosk.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.menkou.content.protocol.AlarmStatus;
import org.menkou.content.protocol.ApiError;
import org.menkou.content.protocol.ContentPage;
import org.menkou.content.protocol.EventAck;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskIdentity;
import org.menkou.content.protocol.SyncJson;
import org.menkou.kiosk.sync.SyncException.Kind;

/**
 * The kiosk's HTTP client for the kiosk API ({@link KioskApiPaths}, below the server's base URL). Each call either
 * returns the decoded answer or throws a {@link SyncException} saying whether to retry. Thread-safe; holds no
 * connection between calls beyond the JDK client's pool.
 */
public final class SyncClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final URI base;
    private final Duration timeout;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = SyncJson.lenient();

    public SyncClient(URI server, String token) {
        this(server, token, TIMEOUT);
    }

    /** A client whose calls give up after {@code timeout} (connect and answer each), e.g. short for alarms. */
    public SyncClient(URI server, String token, Duration timeout) {
        String s = server.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout.compareTo(Duration.ofSeconds(5)) < 0 ? timeout
                : Duration.ofSeconds(5)).build();
    }

    public KioskIdentity me() {
        return send(request(KioskApiPaths.ME).GET().build(), KioskIdentity.class);
    }

    /** One page of content changes after {@code since}, at most {@code limit} items. */
    public ContentPage content(long since, int limit) {
        return send(request(KioskApiPaths.content(since, limit)).GET().build(), ContentPage.class);
    }

    public EventAck push(EventBatch batch) {
        try {
            byte[] body = json.writeValueAsBytes(batch);
            return send(request(KioskApiPaths.EVENTS).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), EventAck.class);
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
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), type);
        } catch (JsonProcessingException e) {
            throw new SyncException(Kind.REFUSED, 0, "encode", "cannot encode the question: " + e.getOriginalMessage(), e);
        }
    }

    /** The server's state of an alarm this kiosk sent ({@code GET} {@link KioskApiPaths#ALARM}). */
    public AlarmStatus alarm(String alarmId) {
        return send(request(KioskApiPaths.alarm(alarmId)).GET().build(), AlarmStatus.class);
    }

    /** A request for {@code path} (absolute, from {@link KioskApiPaths}) below the server's base URL. */
    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /**
     * Sends {@code request}, once more on an I/O failure: a kept-alive connection the server closed while idle
     * fails at once on reuse, and every kiosk request is safe to repeat (reads, and events carrying their own ids).
     */
    private HttpResponse<byte[]> sendWithOneRetry(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException first) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                e.addSuppressed(first);
                throw new SyncException(Kind.UNREACHABLE, 0, null, "server unreachable: " + e, e);
            }
        }
    }

    private <T> T send(HttpRequest request, Class<T> type) {
        HttpResponse<byte[]> response;
        try {
            response = sendWithOneRetry(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(Kind.UNREACHABLE, 0, null, "interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 400) {
            ApiError error = readError(response.body());
            Kind kind = status >= 500 ? Kind.SERVER_ERROR : Kind.REFUSED;
            throw new SyncException(kind, status, error.error(), "HTTP " + status + " " + error.message(), null);
        }
        try {
            return json.readValue(response.body(), type);
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
