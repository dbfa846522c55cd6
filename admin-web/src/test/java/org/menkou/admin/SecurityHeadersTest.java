package org.menkou.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;

/** The headers every page carries, over real HTTP. */
@Tag("integration")
class SecurityHeadersTest {
    @TempDir
    Path dir;

    @Test
    void pagesForbidInlineScriptFramingSniffingAndCaching() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient web = new WebClient(server.port());
            assertThat(web.login("boss", AdminFixture.PASSWORD).statusCode()).isEqualTo(302);
            for (String path : new String[] {"/login", "/residents", "/meals", "/alarms", "/alarms/rows"}) {
                HttpResponse<String> r = path.equals("/login") ? new WebClient(server.port()).get(path) : web.get(path);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                assertThat(csp).as(path).contains("script-src 'self'", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval");
                assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
                assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
                assertThat(r.body()).as(path + " has no inline script")
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
            }
            HttpResponse<String> css = web.get("/static/menkou.css");
            assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(css.headers().firstValue("Cache-Control")).isEmpty();
        });
    }
}
