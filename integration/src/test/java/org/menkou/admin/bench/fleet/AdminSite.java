package org.menkou.admin.bench.fleet;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin site at a base URL as a member of staff uses it: log in (and change a one-time password), register
 * kiosks (the token is read from the page that shows it once), edit a notice. Keeps its cookies; sends the CSRF
 * token of the last page fetched. One instance per user; calls from one thread at a time.
 */
public final class AdminSite {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\">([^<]+)<");
    private static final String SESSION_COOKIE = "menkou_session";

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf;

    public AdminSite(URI base) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * Logs {@code user} in; when the site demands a new password (a one-time password), sets {@code newPassword}.
     * Returns the password that is valid afterwards.
     */
    public String logIn(String user, String password, String newPassword) {
        get("login");
        HttpResponse<String> r = post("login", Map.of("username", user, "password", password));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login as " + user + " refused: HTTP " + r.statusCode());
        }
        // The pages before the login carried another CSRF token than the session's.
        csrf = null;
        if (!location.endsWith("/account/password")) {
            return password;
        }
        get("account/password");
        HttpResponse<String> changed = post("account/password", Map.of("currentPassword", password,
                "newPassword", newPassword, "repeatPassword", newPassword));
        if (changed.statusCode() != 302) {
            throw new IllegalStateException("password change refused: HTTP " + changed.statusCode());
        }
        csrf = null;
        return newPassword;
    }

    /** Registers a kiosk for {@code station} on the fleet page; returns its token (shown once). */
    public String registerKiosk(String station, String label) {
        if (csrf == null) {
            get("kiosks");
        }
        HttpResponse<String> r = post("kiosks/new", Map.of("stationId", station, "label", label));
        Matcher m = SECRET.matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("kiosk registration refused: HTTP " + r.statusCode());
        }
        return m.group(1).strip();
    }

    /**
     * Saves a notice for every station through the notice editor: a new one ({@code create}) or an edit of notice
     * {@code id}; true when the site took it (it answers a save with a redirect).
     */
    public boolean saveNotice(boolean create, String id, String title) {
        if (csrf == null) {
            get("notices/new");
        }
        LocalDate today = LocalDate.now();
        HttpResponse<String> r = post(create ? "notices/new" : "notices/" + id, Map.of("id", id, "kind", "NOTICE",
                "title", title, "body", "压测：终端同步时收到这一条", "stationId", "", "startDate", today.toString(),
                "endDate", today.plusDays(7).toString()));
        return r.statusCode() == 302;
    }

    /** The session cookie's value (for the alarm board's WebSocket), or null before logging in. */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public URI base() {
        return base;
    }

    private HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r;
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.putIfAbsent("csrf", csrf);
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
