package org.menkou.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.api.Kiosk;
import org.menkou.content.protocol.UpdateReport;
import org.menkou.content.protocol.UpdateReport.UpdateState;
import picocli.CommandLine;

/** {@code menkou stations} and {@code menkou kiosks} on a fresh server data directory, as a volunteer runs them. */
class KiosksCommandTest {
    @TempDir
    Path dir;

    @Test
    void aNewServerTakesAStationAndAKioskFromTheShellAndListsTheKioskAsNeverSeen() {
        String data = dir.resolve("server").toString();
        assertThat(run("kiosks", "add", "--data", data, "--station", "wt-station-1").err())
                .as("a fresh server has no stations yet").contains("no station 'wt-station-1'");
        Result bad = run("stations", "add", "--data", data, "--id", "wt-station-1", "--name", "一号站点", "--address",
                "幸福路 1 号", "--hours", "8:30-17:00", "--phone", "not a phone");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).startsWith("menkou: ").contains("phone");
        Result station = run("stations", "add", "--data", data, "--id", "wt-station-1", "--name", "一号站点", "--address",
                "幸福路 1 号", "--hours", "8:30-17:00", "--phone", "021-12345678");
        assertThat(station.exit()).as(station.err()).isZero();
        assertThat(station.out()).startsWith("added wt-station-1");
        assertThat(run("stations", "list", "--data", data).out()).contains("wt-station-1", "STATION", "一号站点");

        Result added = run("kiosks", "add", "--data", data, "--station", "wt-station-1");
        assertThat(added.exit()).isZero();
        String id = added.out().lines().findFirst().orElseThrow().split(" ")[1];

        Result listed = run("kiosks", "list", "--data", data);
        assertThat(listed.exit()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("KIOSK").contains("STATION", "VERSION", "LAST HEARTBEAT");
        assertThat(lines.get(1)).startsWith(id).contains("wt-station-1", "never").doesNotContain("revoked");
        assertThat(listed.out()).as("a token is shown once, when the kiosk is added").doesNotContain(
                added.out().strip().lines().reduce((a, b) -> b).orElseThrow());

        assertThat(run("kiosks", "add", "--data", data, "--station", "no-such-station").exit()).isNotZero();
    }

    @Test
    void aKioskThatReportedShowsItsVersionUpdateStateAndHowLongAgo() {
        Instant seen = Instant.parse("2026-12-02T08:00:00.250Z");
        Kiosk k = new Kiosk("k-abc", "wt-station-1", "一号", seen.minusSeconds(3600), "cli", false, seen, 42L, "1.3.0",
                true, "READY", null, new UpdateReport(UpdateState.TRIAL, "1.3.0", "1.2.0", "1.3.0", null));
        assertThat(KiosksCommand.ListKiosks.line(k, seen.plusSeconds(95)))
                .containsSubsequence("k-abc", "wt-station-1", "1.3.0", "TRIAL", "42", "2026-12-02T08:00:00Z", "(95 s ago)");
        Kiosk revoked = new Kiosk("k-old", "wt-station-2", "旧", seen, "cli", true, null, null, null, null, null, null,
                null);
        assertThat(KiosksCommand.ListKiosks.line(revoked, seen)).contains("never", "revoked").doesNotContain("null");
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = MenkouAdminCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private record Result(int exit, String out, String err) {
    }
}
