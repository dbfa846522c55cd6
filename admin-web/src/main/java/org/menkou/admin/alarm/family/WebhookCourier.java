package org.menkou.admin.alarm.family;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs a family message as JSON to the contact's URL: {@code {"event": "family.alarm.raised" | "family.alarm.resolved",
 * "noticeId": …, "station": …, "pressedAt": …, "text": …}}; any 2xx is delivered. No redirects are followed.
 */
public final class WebhookCourier implements Courier {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper json;

    public WebhookCourier(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public NotifyChannel channel() {
        return NotifyChannel.WEBHOOK;
    }

    @Override
    public void deliver(String address, FamilyMessage m) throws FamilyNoticeException {
        try {
            byte[] body = json.writeValueAsBytes(Map.of("event", "family.alarm." + m.kind().name().toLowerCase(),
                    "noticeId", m.noticeId(), "station", m.stationName(), "pressedAt", m.pressedAt().toString(),
                    "text", m.text()));
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 != 2) {
                throw new FamilyNoticeException("webhook answered HTTP " + r.statusCode(), null);
            }
        } catch (JsonProcessingException e) {
            throw new FamilyNoticeException("cannot encode the webhook body", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FamilyNoticeException("webhook unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FamilyNoticeException("interrupted", e);
        }
    }
}
