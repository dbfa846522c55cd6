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
import org.eclipse.jetty.http.HttpException;

/**
 * Turns a failed read of the request body into an answer for the user, thrown from the read as an
 * {@link HttpResponseException} that the application renders: a body past its size limit (cut off by Jetty's
 * {@code SizeLimitHandler}) becomes {@link ContentTooLargeResponse 413}; a body that stalled past the idle timeout,
 * trickled below the minimum rate, was cut off or malformed becomes 408. The answer is then sent at once and the
 * connection closed, so Jetty neither waits for nor keeps the rest of the body. Runs on Jetty's worker threads.
 */
final class BodyReadFailures implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        GuardedRequest guarded = new GuardedRequest((HttpServletRequest) request);
        HttpServletResponse res = (HttpServletResponse) response;
        chain.doFilter(guarded, res);
        if (guarded.failed() && !res.isCommitted()) {
            res.setHeader("Connection", "close");
            res.flushBuffer();
        }
    }

    /** A request whose body stream reports read failures as {@link HttpResponseException}s. */
    private static final class GuardedRequest extends HttpServletRequestWrapper {
        private GuardedStream stream;

        GuardedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new GuardedStream(super.getInputStream(), RequestLimits.bodyLimit(getRequestURI()));
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        /** True when reading the body failed here. */
        boolean failed() {
            return stream != null && stream.failed;
        }
    }

    private static final class GuardedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private boolean failed;

        /** One read of the underlying stream. */
        private interface Read {
            int run() throws IOException;
        }

        GuardedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            return guarded(in::read);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return guarded(() -> in.read(buffer, offset, length));
        }

        private int guarded(Read read) {
            try {
                return read.run();
            } catch (IOException | HttpException.RuntimeException e) {
                failed = true;
                if (status(e) == 413) {
                    throw new ContentTooLargeResponse("请求内容太大（最多 " + limit + " 字节）", Map.of());
                }
                throw new HttpResponseException(408, "请求内容发送太慢或中断了，请重新提交", Map.of());
            }
        }

        /** The status Jetty gave the failure (413 from the size limit), or 0 when it gave none. */
        private static int status(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof HttpException http) {
                    return http.getCode();
                }
            }
            return 0;
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
