package org.menkou.admin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.audit.AuditAction;
import org.menkou.admin.audit.AuditSubject;
import org.menkou.admin.release.Release;
import org.menkou.admin.release.ReleaseStage;
import org.menkou.content.ContentException;
import org.menkou.content.Station;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code menkou release publish|stage}: the command-line twin of the {@code /releases} page. Publishing signs the jar
 * with the district release key (created in the data directory on first use) and offers it to one test station's
 * kiosks; staging widens it to a percentage of the fleet or to all kiosks. Both are audited as user {@code cli}.
 */
@Command(name = "release", mixinStandardHelpOptions = true, description = "Publish and roll out kiosk software.",
        subcommands = {ReleaseCommand.Publish.class, ReleaseCommand.Stage.class})
final class ReleaseCommand {
    /** Help only: {@code --version} here names the release, so picocli's standard -V/--version is left out. */
    @Command(name = "publish", description = "Sign a kiosk jar and offer it to the kiosks of one test station first.")
    static final class Publish implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Parameters(index = "0", paramLabel = "FILE", description = "The kiosk jar (kiosk/target/menkou-kiosk.jar).")
        Path jar;

        @Option(names = "--version", required = true, description = "The release's version, 1-40 of 0-9 A-Z a-z . + -")
        String version;

        @Option(names = "--station", description = "The test station whose kiosks get it first (default: the first station).")
        String station;

        @Override
        public Integer call() throws IOException {
            try (Database database = storage.open(); InputStream in = Files.newInputStream(jar)) {
                ContentStore store = ContentStore.open(database);
                String test = station != null ? station : store.stations().all().stream().map(Station::id).sorted()
                        .findFirst().orElseThrow(() -> new ContentException("no stations in " + database.location()));
                if (store.stations().find(test).isEmpty()) {
                    throw new ContentException("no station '" + test + "' in " + database.location());
                }
                AdminApp admin = new AdminApp(store, AdminSettings.defaults(storage.dataDir()));
                Release r = admin.releases().publish(version, in, "cli", test);
                admin.audit().record("cli", AuditAction.RELEASE_PUBLISH.name(), AuditSubject.KIOSK_RELEASE.name(),
                        r.version(), null, r);
                System.out.println("release " + r.version() + " published (" + r.size() + " bytes, sha256 " + r.sha256()
                        + ") for the kiosks of test station " + test);
                System.out.println("next: ./menkou release stage " + r.version() + " --percent 20, then --all");
            }
            return 0;
        }
    }

    @Command(name = "stage", mixinStandardHelpOptions = true,
            description = "Offer a published release to a percentage of all kiosks, or to all of them.")
    static final class Stage implements Callable<Integer> {
        @Mixin
        ServerStorage storage;

        @Parameters(index = "0", paramLabel = "VERSION", description = "A published release.")
        String version;

        @ArgGroup(multiplicity = "1")
        Scope scope;

        static final class Scope {
            @Option(names = "--percent", required = true, description = "0-100: the test station and this share of all kiosks.")
            Integer percent;

            @Option(names = "--all", required = true, description = "Every kiosk.")
            boolean all;
        }

        @Override
        public Integer call() {
            try (Database database = storage.open()) {
                AdminApp admin = new AdminApp(ContentStore.open(database), AdminSettings.defaults(storage.dataDir()));
                Release before = admin.releases().find(version)
                        .orElseThrow(() -> new ContentException("no release " + version + " in " + database.location()));
                Release after = scope.all ? admin.releases().stage(version, ReleaseStage.ALL, 0)
                        : admin.releases().stage(version, ReleaseStage.PERCENT, scope.percent);
                admin.audit().record("cli", AuditAction.RELEASE_STAGE.name(), AuditSubject.KIOSK_RELEASE.name(), version,
                        before, after);
                System.out.println("release " + version + ": " + (scope.all ? "all kiosks"
                        : "test station " + after.testStation() + " and " + after.percent() + "% of all kiosks"));
            }
            return 0;
        }
    }
}
