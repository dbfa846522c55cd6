package org.menkou.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 1: a new user runs {@code ./menkou demo} in an empty directory, looks around, and stops it with Ctrl+C. */
@Tag("journey")
@ExtendWith(JourneyEvidence.class)
class DemoStartJourney implements JourneyEvidence.Witness {
    private DemoRun demo;

    @Override
    public DemoRun demo() {
        return demo;
    }

    @Override
    public StaffBrowser browser() {
        return null;
    }

    @AfterEach
    void stop() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void theDemoStartsFromAnEmptyDirectoryAndCtrlCLeavesNothingBehind() throws Exception {
        demo = DemoRun.start();

        String printed = demo.kiosk.printed();
        assertThat(printed).contains("admin site: " + demo.url("/"));
        assertThat(printed).as("the server's database, seeded").contains("database " + demo.serverDatabase() + ": seeded");
        assertThat(printed).as("the kiosk was registered with the site").containsPattern("kiosk k-\\S+ registered for wt-station-1");
        assertThat(demo.adminPassword()).as("the one-time admin password").hasSizeGreaterThanOrEqualTo(10);

        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.url("/login")))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("id=\"username\"");

        String home = demo.kiosk.screen();
        assertThat(home).contains("首页").contains("1  找服务").contains("9  紧急呼叫");
        assertThat(demo.processes()).as("kiosk and admin site processes").hasSize(2);

        demo.stopWithCtrlC(Duration.ofSeconds(20));
        assertThat(demo.processes()).as("processes left after Ctrl+C").isEmpty();
        assertThat(demo.portFree()).as("port %d released", demo.port()).isTrue();
    }
}
