package org.menkou.admin.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

/** Posts kiosk events to one admin server over HTTP, as a kiosk with a bearer token would; and reads /health. */
public final class KioskPoster {
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public KioskPoster(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Posts one alarm (the red button) from the kiosk with bearer {@code token}; returns the alarm's (event's) id. */
    public String alarm(String token) {
        String id = "alarm-" + UUID.randomUUID();
        post(token, "{\"events\":[{\"id\":\"" + id + "\",\"type\":\"alarm\",\"at\":\"" + Instant.now()
                + "\",\"payload\":{\"source\":\"BUTTON\"}}]}");
        return id;
    }

    /** Posts one heartbeat from the kiosk with bearer {@code token}. */
    public void heartbeat(String token) {
        post(token, "{\"events\":[{\"id\":\"beat-" + UUID.randomUUID() + "\",\"type\":\"heartbeat\",\"at\":\""
                + Instant.now() + "\",\"payload\":{\"contentVersion\":0,\"appVersion\":\"0.1\","
                + "\"voiceModelInstalled\":false,\"voiceStatus\":\"no-model\"}}]}");
    }

    /** {@code GET /health} as text. */
    public String health() {
        return send(HttpRequest.newBuilder(URI.create(base + "/health")).GET().build()).body();
    }

    private void post(String token, String body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/kiosk/v1/events"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("events refused: HTTP " + r.statusCode() + " " + r.body());
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
