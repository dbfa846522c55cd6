package org.menkou.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.db.Database;
import org.menkou.content.seed.DemoSeed;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine;

/** {@code menkou card issue} and {@code card revoke} in process, on a seeded data directory. */
@Tag("sqlite")
class CardCommandTest {
    @TempDir
    Path tmp;
    Path data;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void seed() {
        data = tmp.resolve("data");
        new DemoSeed().seedIfEmpty(ContentStore.open(Database.openIn(data)), LocalDate.now());
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MenkouAdminCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aLostCardIsRevokedOnceAndUnknownCardsAreRefused() {
        Run issued = run("card", "issue", "--data", data.toString(), "--resident", "r-h9c2vz", "--out", tmp.resolve("c.png").toString());
        Matcher id = Pattern.compile("issued card ([0-9A-Z]{16}) to r-h9c2vz, valid until ").matcher(issued.out());
        assertThat(id.find()).as(issued.out() + issued.err()).isTrue();

        assertThat(run("card", "revoke", "--data", data.toString(), "--card", id.group(1)).out()).isEqualTo("revoked card " + id.group(1) + "\n");
        assertThat(run("card", "revoke", "--data", data.toString(), "--card", id.group(1)).out()).contains("already revoked");
        ContentStore store = ContentStore.open(Database.openIn(data));
        assertThat(store.cards().revokedIds()).containsExactly(id.group(1));
        assertThat(store.cardKeys().all()).as("the public key went into the store for sync").hasSize(1);

        Run unknown = run("card", "revoke", "--data", data.toString(), "--card", "0000000000000000");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("menkou: no card with id 0000000000000000\n");
    }

    @Test
    void aValidityOutsideOneToTwentyYearsIsRefusedBeforeAnythingIsIssued() {
        Run r = run("card", "issue", "--data", data.toString(), "--resident", "r-h9c2vz", "--out", tmp.resolve("c.png").toString(),
                "--valid-years", "0");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--valid-years must be 1 to 20");
        assertThat(tmp.resolve("c.png")).doesNotExist();
        assertThat(ContentStore.open(Database.openIn(data)).cards().ofResident("r-h9c2vz")).isEmpty();
    }
}
