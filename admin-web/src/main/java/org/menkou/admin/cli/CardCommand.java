package org.menkou.admin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.concurrent.Callable;
import org.menkou.admin.card.CardFace;
import org.menkou.admin.card.CardPageRenderer;
import org.menkou.admin.card.CardPngWriter;
import org.menkou.admin.card.qr.ZxingQrEncoder;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.card.CardException;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.IssuedCard;
import org.menkou.content.card.RevocationReason;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menkou card …}: resident cards on the server's data directory. */
@Command(name = "card", mixinStandardHelpOptions = true,
        description = "Issue and revoke resident cards (居民服务卡).",
        subcommands = {CardCommand.Issue.class, CardCommand.Revoke.class})
final class CardCommand {

    /** What the card subcommands share: where the data is (data directory, database) and the command's output. */
    abstract static class OnDataDirectory implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Spec
        CommandSpec spec;

        Path dir() {
            return storage.dataDir();
        }
    }

    /** {@code menkou card issue}: signs a new card, revokes the resident's earlier ones, writes the printable page. */
    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Issue a new card to a resident and write its printable A6 page (PNG, 300 dpi).",
                    "The resident's earlier cards stop working. The first card creates the signing key in DATA/keys/."})
    static final class Issue extends OnDataDirectory {
        @Option(names = "--resident", required = true, description = "The resident's id, e.g. r-7k2m9q.")
        String resident;

        @Option(names = "--out", required = true, description = "The PNG file to write.")
        Path out;

        @Option(names = "--valid-years", defaultValue = "5", description = "Years the card is valid (default: ${DEFAULT-VALUE}).")
        int validYears;

        @Override
        public Integer call() {
            if (validYears < 1 || validYears > 20) {
                throw new CardException("--valid-years must be 1 to 20");
            }
            Path dir = dir();
            IssuedCard card;
            Resident who;
            try (Database database = storage.open()) {
                ContentStore store = ContentStore.open(database);
                who = store.residents().find(resident)
                        .orElseThrow(() -> new CardException("no resident with id " + resident));
                Station home = store.stations().find(who.homeStationId())
                        .orElseThrow(() -> new CardException("the home station " + who.homeStationId() + " does not exist"));
                CardPageRenderer renderer = CardPageRenderer.withInstalledFont(new ZxingQrEncoder());
                CardIssuer issuer = CardIssuer.forDataDirectory(dir, store, Clock.systemDefaultZone(), Period.ofYears(validYears));
                card = issuer.issue(who.id());
                CardPngWriter.write(renderer.render(CardFace.of(who, home, card)), CardPageRenderer.DPI, out);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("issued card " + card.card().cardId() + " to " + who.id() + ", valid until "
                    + card.card().expiresOn() + ": " + out.toAbsolutePath());
            card.replacedCardIds().forEach(id -> stdout.println("revoked the earlier card " + id));
            stdout.flush();
            return 0;
        }
    }

    /** {@code menkou card revoke}: a lost card stops working at every kiosk after its next sync. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke one card (lost or withdrawn).")
    static final class Revoke extends OnDataDirectory {
        @Option(names = "--card", required = true, description = "The card id (16 characters, printed by card issue).")
        String card;

        @Option(names = "--reason", defaultValue = "LOST", description = "LOST or WITHDRAWN (default: ${DEFAULT-VALUE}).")
        RevocationReason reason;

        @Override
        public Integer call() {
            Path dir = dir();
            boolean revoked;
            try (Database database = storage.open()) {
                revoked = CardIssuer.forDataDirectory(dir, ContentStore.open(database), Clock.systemDefaultZone(),
                        CardIssuer.DEFAULT_VALIDITY).revoke(card, reason);
            }
            spec.commandLine().getOut().println(revoked ? "revoked card " + card : "card " + card + " was already revoked");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
