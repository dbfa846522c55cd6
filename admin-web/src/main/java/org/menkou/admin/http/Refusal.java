package org.menkou.admin.http;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * An answer sent before the application sees the request, without reading its body: a sentence for people (plain
 * text) or {@code {"code": ..., "message": ...}} under {@value RequestLimits#API_PREFIX}, and the connection closed so
 * that Jetty neither reads nor keeps what the client still sends.
 *
 * @param status  the HTTP status
 * @param code    the machine-readable reason for the kiosk API
 * @param chinese the sentence shown on the admin site
 * @param english the message for the kiosk API
 */
record Refusal(int status, String code, String chinese, String english) {

    /** 413 for a body longer than {@code limit} bytes. */
    static Refusal tooLarge(long limit) {
        return new Refusal(413, "body_too_large", "请求内容太大（最多 " + limit + " 字节）",
                "the body must be at most " + limit + " bytes");
    }

    /** 503 when the workers reserved for bodies open to anyone are all taken. */
    static Refusal busy() {
        return new Refusal(503, "busy", "服务器忙，请稍后再试", "too many requests at once, try again later");
    }

    /** Writes the whole answer and completes {@code callback} once it is sent. */
    void send(Request request, Response response, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        String body;
        if (Request.getPathInContext(request).startsWith(RequestLimits.API_PREFIX)) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            body = "{\"code\":\"" + code + "\",\"message\":\"" + english + "\"}";
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            body = chinese + "\n";
        }
        Content.Sink.write(response, true, body, callback);
    }
}
