package org.menkou.admin.http;

import io.javalin.config.JavalinConfig;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Predicate;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Limits that keep anonymous clients from starving or exhausting the admin server:
 * <ul>
 *   <li>every request body is bounded, chunked ones too: {@value #API_BODY_BYTES} bytes under {@value #API_PREFIX}
 *       (kiosk event batches), {@value #FORM_BODY_BYTES} bytes elsewhere (forms); a longer body gets 413;</li>
 *   <li>a body that stalls for {@link #BODY_IDLE_TIMEOUT} or arrives slower than {@value #MIN_BODY_BYTES_PER_SECOND}
 *       bytes/s is cut off with 408 and the connection closed;</li>
 *   <li>bodies sent to routes open to anyone (the login form) are read by at most {@value #OPEN_BODIES_PER_ADDRESS}
 *       workers per client address and {@value #OPEN_BODIES_TOTAL} in all; more get 503 at once, unread. Requests
 *       on other routes are authenticated from their headers before their body is read, so an anonymous client can
 *       hold at most {@value #OPEN_BODIES_TOTAL} of the {@value #WORKER_THREADS} workers.</li>
 * </ul>
 */
public final class RequestLimits {
    public static final String API_PREFIX = "/api/";
    public static final int FORM_BODY_BYTES = 64 * 1024;
    public static final int API_BODY_BYTES = 1024 * 1024;
    public static final Duration BODY_IDLE_TIMEOUT = Duration.ofSeconds(10);
    public static final int MIN_BODY_BYTES_PER_SECOND = 256;
    public static final int OPEN_BODIES_PER_ADDRESS = 4;
    public static final int OPEN_BODIES_TOTAL = 32;
    public static final int WORKER_THREADS = 200;

    private RequestLimits() {
    }

    /**
     * Installs the limits on {@code config}. {@code openBodyPath} tells whether a path is a route open to anyone that
     * takes a body; it is asked per request, so it may consult routes registered after this call.
     */
    public static void install(JavalinConfig config, Predicate<String> openBodyPath) {
        QueuedThreadPool pool = new QueuedThreadPool(WORKER_THREADS, 8, 60_000);
        pool.setName("admin-http");
        config.jetty.threadPool = pool;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(BODY_IDLE_TIMEOUT.toMillis());
            http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
        });
        BodyLimitFilter filter = new BodyLimitFilter(path -> path.startsWith(API_PREFIX) ? API_BODY_BYTES : FORM_BODY_BYTES,
                openBodyPath, OPEN_BODIES_PER_ADDRESS, OPEN_BODIES_TOTAL);
        config.jetty.modifyServletContextHandler(handler ->
                handler.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST)));
    }
}
