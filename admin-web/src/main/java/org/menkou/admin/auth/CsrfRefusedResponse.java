package org.menkou.admin.auth;

import io.javalin.http.ForbiddenResponse;

/**
 * A logged-in user's POST without the session's CSRF token. {@link AccessCheck} has already attached the session
 * to the request, so a handler of this exception may show the user's form again with what they typed.
 */
public final class CsrfRefusedResponse extends ForbiddenResponse {
    public CsrfRefusedResponse() {
        super("表单已过期或来源不明（CSRF 校验失败），请回到页面重新提交");
    }
}
