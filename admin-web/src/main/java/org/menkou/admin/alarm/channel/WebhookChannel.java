package org.menkou.admin.alarm.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs the escalation as JSON to a URL ({@code {"event": "alarm.escalated", "seq": …, "alarmId": …, "text": …}}; the
 * event is {@code kiosk.offline} or {@code kiosk.online} for kiosk notices, whose seq is the offline alert's id);
 * any 2xx is delivered. The alarm id lets the receiver drop a duplicate if an answer was lost and the try repeated.
 */
public final class WebhookChannel implements EscalationChannel {
    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;

    public WebhookChannel(URI url, ObjectMapper json) {
        this.url = url;
        this.json = json;
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public void send(Escalation e) throws EscalationException {
        try {
            byte[] body = json.writeValueAsBytes(java.util.Map.of("event", e.kind().event(), "seq", e.seq(),
                    "alarmId", e.alarmId(), "station", e.stationName(), "kiosk", e.kioskLabel(),
                    "receivedAt", e.receivedAt().toString(), "text", e.sentence()));
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() / 100 != 2) {
                throw new EscalationException("webhook answered HTTP " + r.statusCode(), null);
            }
        } catch (JsonProcessingException ex) {
            throw new EscalationException("cannot encode the webhook body", ex);
        } catch (IOException ex) {
            throw new EscalationException("webhook unreachable: " + ex, ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new EscalationException("interrupted", ex);
        }
    }
}
