package org.menkou.admin.http;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Bounds request bodies before the application reads them (see {@link RequestLimits}). A declared length over the
 * path's limit is refused unread; a chunked body is counted as it is read and reading past the limit throws
 * {@link ContentTooLargeResponse} (413, rendered by the application's exception handler). Bodies for open paths pass
 * a per-address and a total gate. Thread-safe; runs on Jetty's worker threads.
 */
final class BodyLimitFilter implements Filter {
    private final ToIntFunction<String> limitOfPath;
    private final Predicate<String> openBodyPath;
    private final int perAddress;
    private final Semaphore total;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    BodyLimitFilter(ToIntFunction<String> limitOfPath, Predicate<String> openBodyPath, int perAddress, int total) {
        this.limitOfPath = limitOfPath;
        this.openBodyPath = openBodyPath;
        this.perAddress = perAddress;
        this.total = new Semaphore(total);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = http.getRequestURI();
        int limit = limitOfPath.applyAsInt(path);
        long length = http.getContentLengthLong();
        if (length > limit) {
            refuse(res, path, 413, "body_too_large", "请求内容太大（最多 " + limit + " 字节）",
                    "the body must be at most " + limit + " bytes");
            return;
        }
        boolean hasBody = length > 0 || http.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        BoundedRequest bounded = new BoundedRequest(http, limit);
        if (!openBodyPath.test(path)) {
            pass(bounded, res, chain);
            return;
        }
        String address = http.getRemoteAddr();
        if (!enter(address)) {
            res.setHeader("Retry-After", "10");
            refuse(res, path, 503, "busy", "服务器忙，请稍后再试", "too many requests at once, try again later");
            return;
        }
        try {
            pass(bounded, res, chain);
        } finally {
            leave(address);
        }
    }

    /**
     * Runs the application on the bounded request. When reading the body failed (413 too long, 408 too slow), the
     * answer is sent at once and the connection marked to close: Jetty then discards (without keeping) whatever of the
     * body the client still sends.
     */
    private static void pass(BoundedRequest bounded, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(bounded, res);
        if (bounded.broken() && !res.isCommitted()) {
            res.setHeader("Connection", "close");
            res.flushBuffer();
        }
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

    /** Answers without reading the body and closes the connection (so Jetty does not drain the body either). */
    private static void refuse(HttpServletResponse res, String path, int status, String code, String chinese,
                               String english) throws IOException {
        res.setStatus(status);
        res.setHeader("Connection", "close");
        if (path.startsWith(RequestLimits.API_PREFIX)) {
            res.setContentType("application/json;charset=utf-8");
            res.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + english + "\"}");
        } else {
            res.setContentType("text/plain;charset=utf-8");
            res.getWriter().write(chinese + "\n");
        }
        res.flushBuffer();
    }

    /** A request whose body stream throws {@link ContentTooLargeResponse} once more than {@code limit} bytes are read. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {
        private final int limit;
        private BoundedStream stream;

        BoundedRequest(HttpServletRequest request, int limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new BoundedStream(super.getInputStream(), limit);
            }
            return stream;
        }

        /** True when reading the body failed here: too long, too slow, or cut off. */
        boolean broken() {
            return stream != null && stream.broken;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final int limit;
        private long read;
        private boolean broken;

        /** One read of the underlying stream. */
        private interface Read {
            int run() throws IOException;
        }

        BoundedStream(ServletInputStream in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = guarded(in::read);
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = guarded(() -> in.read(buffer, offset, (int) Math.min(length, limit - read + 1L)));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        /**
         * Runs a read of the client's body; a body that stalled past the idle timeout or trickled below the minimum
         * rate becomes a 408 with a sentence for the user instead of a server error.
         */
        private int guarded(Read read) {
            try {
                return read.run();
            } catch (IOException | BadMessageException e) {
                broken = true;
                throw new HttpResponseException(408, "请求内容发送太慢或中断了，请重新提交", Map.of());
            }
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                broken = true;
                throw new ContentTooLargeResponse("请求内容太大（最多 " + limit + " 字节）", Map.of());
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
