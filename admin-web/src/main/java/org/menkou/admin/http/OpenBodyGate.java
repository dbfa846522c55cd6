package org.menkou.admin.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Admits requests that carry a body to a path open to anyone (the login form) only while fewer than
 * {@code perAddress} such requests from the same client address, and fewer than {@code total} in all, are being
 * handled; any other gets {@link Refusal#busy() 503} with {@code Retry-After} at once, its body unread. A request is
 * counted from admission until its response is complete. Requests without a body and bodies to other paths pass
 * untouched. Thread-safe; runs on Jetty's threads.
 */
final class OpenBodyGate extends Handler.Wrapper {
    static final String RETRY_AFTER_SECONDS = "10";

    private final Predicate<String> openBodyPath;
    private final int perAddress;
    private final Semaphore total;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    /** @param openBodyPath whether a path is a route open to anyone that takes a body; asked per request */
    OpenBodyGate(Predicate<String> openBodyPath, int perAddress, int total) {
        this.openBodyPath = openBodyPath;
        this.perAddress = perAddress;
        this.total = new Semaphore(total);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!hasBody(request) || !openBodyPath.test(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        String address = Request.getRemoteAddr(request);
        if (!enter(address)) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            Refusal.busy().send(request, response, callback);
            return true;
        }
        AtomicBoolean left = new AtomicBoolean();
        Runnable leaveOnce = () -> {
            if (left.compareAndSet(false, true)) {
                leave(address);
            }
        };
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, leaveOnce));
            return handled;
        } finally {
            if (!handled) {
                leaveOnce.run();
            }
        }
    }

    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private boolean enter(String address) {
        if (!total.tryAcquire()) {
            return false;
        }
        boolean[] admitted = {false};
        inFlight.compute(address, (a, n) -> {
            int current = n == null ? 0 : n;
            admitted[0] = current < perAddress;
            return admitted[0] ? current + 1 : n;
        });
        if (!admitted[0]) {
            total.release();
        }
        return admitted[0];
    }

    private void leave(String address) {
        inFlight.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        total.release();
    }
}
