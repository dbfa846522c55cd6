package org.menkou.admin.http;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Predicate;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Limits that keep anonymous clients from starving or exhausting the admin server:
 * <ul>
 *   <li>every request body is bounded, chunked ones too: {@value #API_BODY_BYTES} bytes under {@value #API_PREFIX}
 *       (kiosk event batches), {@value #UPLOAD_BODY_BYTES} bytes to {@value #UPLOAD_PATH} (a kiosk release jar,
 *       admins only), {@value #FORM_BODY_BYTES} bytes elsewhere (forms); a longer body gets 413;</li>
 *   <li>a body that stalls for {@link #BODY_IDLE_TIMEOUT} or arrives slower than {@value #MIN_BODY_BYTES_PER_SECOND}
 *       bytes/s is cut off with 408 and the connection closed;</li>
 *   <li>bodies sent to routes open to anyone (the login form) are read by at most {@value #OPEN_BODIES_PER_ADDRESS}
 *       workers per client address and {@value #OPEN_BODIES_TOTAL} in all; more get 503 at once, unread. Requests
 *       on other routes are authenticated from their headers before their body is read, so an anonymous client can
 *       hold at most {@value #OPEN_BODIES_TOTAL} of the {@value #WORKER_THREADS} workers.</li>
 * </ul>
 * Jetty counts the bytes ({@link SizeLimitHandler}) and checks the idle time and the rate of servlet reads;
 * {@link OpenBodyGate} admits open bodies, and {@link BodyReadFailures} turns a body cut off mid-read into the
 * application's 413 or 408 page.
 */
public final class RequestLimits {
    public static final String API_PREFIX = "/api/";
    public static final int FORM_BODY_BYTES = 64 * 1024;
    public static final int API_BODY_BYTES = 1024 * 1024;
    /** The one form that takes a file as large as a kiosk jar (the release upload). */
    public static final String UPLOAD_PATH = "/releases/upload";
    public static final int UPLOAD_BODY_BYTES = 201 * 1024 * 1024;
    public static final Duration BODY_IDLE_TIMEOUT = Duration.ofSeconds(10);
    public static final int MIN_BODY_BYTES_PER_SECOND = 256;
    public static final int OPEN_BODIES_PER_ADDRESS = 4;
    public static final int OPEN_BODIES_TOTAL = 32;
    public static final int WORKER_THREADS = 200;

    private RequestLimits() {
    }

    /** The most bytes a request body to {@code path} may have. */
    static int bodyLimit(String path) {
        if (path.equals(UPLOAD_PATH)) {
            return UPLOAD_BODY_BYTES;
        }
        return path.startsWith(API_PREFIX) ? API_BODY_BYTES : FORM_BODY_BYTES;
    }

    /**
     * Installs the limits on {@code config}. {@code openBodyPath} tells whether a path is a route open to anyone that
     * takes a body; it is asked per request, so it may consult routes registered after this call.
     */
    public static void install(JavalinConfig config, Predicate<String> openBodyPath) {
        QueuedThreadPool pool = new QueuedThreadPool(WORKER_THREADS, 8, 60_000);
        pool.setName("admin-http");
        config.jetty.threadPool = pool;
        config.jetty.modifyHttpConfiguration(RequestLimits::limitBodyReads);
        config.jetty.modifyServer(server -> installHandlers(server, openBodyPath));
        config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new FilterHolder(new BodyReadFailures()),
                "/*", EnumSet.of(DispatcherType.REQUEST)));
    }

    /**
     * Bounds how long a servlet read of the body may wait ({@link #BODY_IDLE_TIMEOUT}) and how slowly a body may arrive
     * ({@value #MIN_BODY_BYTES_PER_SECOND} bytes/s, counted per request by Jetty's servlet input). Jetty marks the rate
     * setting for removal in favour of its {@code MinimumDataRateHandler}, which counts the bytes of all requests
     * together and so cannot single out one trickling client.
     */
    @SuppressWarnings("removal")
    private static void limitBodyReads(HttpConfiguration http) {
        http.setIdleTimeout(BODY_IDLE_TIMEOUT.toMillis());
        http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
    }

    /**
     * Puts the limits in front of the server's handlers (Javalin adds its servlet behind them), outermost first: the
     * size limit of uploads, the size limit of API bodies (skipped for {@value #UPLOAD_PATH}), the size limit of all
     * other bodies (skipped under {@value #API_PREFIX} and for {@value #UPLOAD_PATH}), the gate for open bodies. Each
     * handler is inserted directly under the server, so the innermost goes in first.
     */
    private static void installHandlers(Server server, Predicate<String> openBodyPath) {
        server.insertHandler(new OpenBodyGate(openBodyPath, OPEN_BODIES_PER_ADDRESS, OPEN_BODIES_TOTAL));
        server.insertHandler(new SizeLimitHandler(FORM_BODY_BYTES, -1));
        ConditionalHandler.SkipNext apiSkipsFormLimit = new ConditionalHandler.SkipNext();
        apiSkipsFormLimit.includePath(API_PREFIX + "*");
        apiSkipsFormLimit.includePath(UPLOAD_PATH);
        server.insertHandler(apiSkipsFormLimit);
        server.insertHandler(new SizeLimitHandler(API_BODY_BYTES, -1));
        ConditionalHandler.SkipNext uploadSkipsApiLimit = new ConditionalHandler.SkipNext();
        uploadSkipsApiLimit.includePath(UPLOAD_PATH);
        server.insertHandler(uploadSkipsApiLimit);
        server.insertHandler(new SizeLimitHandler(UPLOAD_BODY_BYTES, -1));
        server.setErrorHandler(new TooLargeAnswer());
    }

    /**
     * Answers a body refused for its declared length ({@link SizeLimitHandler} refuses before reading) with the
     * {@link Refusal#tooLarge} sentence of its path; leaves every other error to Jetty's default page.
     */
    private static final class TooLargeAnswer extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (response.getStatus() != 413) {
                return super.handle(request, response, callback);
            }
            Refusal.tooLarge(bodyLimit(Request.getPathInContext(request))).send(request, response, callback);
            return true;
        }
    }
}
