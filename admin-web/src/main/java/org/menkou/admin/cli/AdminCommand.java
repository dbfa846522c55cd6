package org.menkou.admin.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.admin.alarm.AlarmSettings;
import org.menkou.admin.alarm.channel.EmailChannel;
import org.menkou.admin.alarm.channel.EscalationChannel;
import org.menkou.admin.alarm.channel.WebhookChannel;
import org.menkou.admin.alarm.family.Courier;
import org.menkou.admin.alarm.family.EmailCourier;
import org.menkou.admin.alarm.family.FamilySettings;
import org.menkou.admin.alarm.family.WebhookCourier;
import org.menkou.admin.backup.BackupSchedule;
import org.menkou.admin.backup.DataDirLock;
import org.menkou.admin.requests.RequestDeadlines;
import org.menkou.content.CentreZone;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code menkou admin}: runs the admin site and kiosk API on a data directory until the process is stopped. */
@Command(name = "admin", mixinStandardHelpOptions = true, subcommands = MigrateDataCommand.class,
        description = "Start the admin site (loopback by default) on a data directory; an empty one starts empty."
                + " The first start creates user 'admin' with a random password, printed once.")
final class AdminCommand implements Callable<Integer> {
    @Mixin
    ServerStorage storage;

    @Option(names = "--port", defaultValue = "7080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--heartbeat-seconds", defaultValue = "30",
            description = "Heartbeat interval kiosks are told to use; stale after 3 missed (default: ${DEFAULT-VALUE}).")
    int heartbeatSeconds;

    @Option(names = "--escalate-seconds", defaultValue = "60",
            description = "Escalate an alarm nobody acknowledged within this many seconds (default: ${DEFAULT-VALUE}).")
    int escalateSeconds;

    @Option(names = "--offline-seconds", defaultValue = "90",
            description = "Show 终端离线 for a kiosk silent this long (default: ${DEFAULT-VALUE}).")
    int offlineSeconds;

    @Option(names = "--escalation-webhook", description = "POST escalations as JSON to this URL.")
    java.net.URI webhook;

    @Option(names = "--smtp", description = "SMTP relay HOST:PORT for e-mail escalations.")
    String smtp;

    @Option(names = "--escalation-email", split = ",", description = "E-mail escalations to these addresses (needs --smtp).")
    java.util.List<String> emails = new java.util.ArrayList<>();

    @Option(names = "--mail-from", defaultValue = "menkou@localhost", description = "Sender of escalation e-mails.")
    String mailFrom;

    @Option(names = "--time-zone", defaultValue = CentreZone.DEFAULT_ID,
            description = "The centre's time zone; the admin site shows every date and time in it (default: ${DEFAULT-VALUE}).")
    java.time.ZoneId zone;

    @Option(names = "--request-contact-days", defaultValue = "1",
            description = "A service request not contacted within this many working days is marked overdue"
                    + " (default: ${DEFAULT-VALUE}).")
    int requestContactDays;

    @Option(names = "--urgent-request-contact-hours", defaultValue = "2",
            description = "The same for a request the resident wants today (default: ${DEFAULT-VALUE}).")
    int urgentRequestContactHours;

    @Option(names = "--secure-cookies",
            description = "Mark cookies Secure: use when the site is served over HTTPS (e.g. behind a TLS proxy; one that"
                    + " sends X-Forwarded-Proto: https needs no flag).")
    boolean secureCookies;

    @Option(names = "--backup-dir", description = "Back up the data directory (SQLite) into this directory every day;"
            + " give it to one node only.")
    Path backupDir;

    @Option(names = "--backup-keep", defaultValue = "14",
            description = "Keep this many daily backups in --backup-dir (default: ${DEFAULT-VALUE}).")
    int backupKeep;

    @Option(names = "--backup-at", defaultValue = "03:30",
            description = "Time of day of the daily backup, in --time-zone (default: ${DEFAULT-VALUE}).")
    java.time.LocalTime backupAt;

    /** The server settings these options ask for, on data directory {@code dir}. */
    AdminSettings settings(Path dir) {
        return AdminSettings.defaults(dir).withHeartbeat(Duration.ofSeconds(heartbeatSeconds))
                .withSecureCookies(secureCookies).withZone(zone);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (requestContactDays < 1 || urgentRequestContactHours < 1) {
            System.err.println("menkou admin: --request-contact-days and --urgent-request-contact-hours must be at least 1");
            return 2;
        }
        if (backupDir != null && (backupKeep < 1 || storage.sharedDatabaseUrl() != null)) {
            System.err.println("menkou admin: --backup-dir needs --backup-keep of at least 1 and an SQLite data directory"
                    + " (PostgreSQL is backed up with pg_dump, see docs/deploy.md)");
            return 2;
        }
        Path dir = storage.dataDir();
        // Held until the process exits: a restore refuses to run under this server.
        DataDirLock lock = DataDirLock.holdShared(dir);
        Database database = storage.open();
        AdminApp admin = new AdminApp(ContentStore.open(database), settings(dir))
                .withAlarmSettings(alarmSettings()).withFamilySettings(familySettings())
                .withRequestDeadlines(requestDeadlines());
        admin.ensureInitialAdmin(System.out);
        Javalin app = admin.create().start(bind, port);
        // One line on stdout that scripts (and ./menkou demo) wait for.
        System.out.println("admin site: http://" + bind + ":" + app.port() + "/");
        System.out.println("admin: database " + database.location());
        if (webhook == null && emails.isEmpty()) {
            System.out.println("admin: no escalation channel (--escalation-webhook, --smtp/--escalation-email):"
                    + " unacknowledged alarms are escalated on the board only");
        }
        BackupSchedule backups = backupDir == null ? null
                : new BackupSchedule(dir, backupDir, backupKeep, backupAt, zone, java.time.Clock.systemUTC(),
                        admin.store()).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (backups != null) {
                backups.close();
            }
            app.stop();
            stopped.countDown();
        }, "admin-shutdown"));
        stopped.await();
        database.close();
        lock.close();
        return 0;
    }

    /** How soon service requests must be contacted, as the options say (both at least 1, checked in call). */
    RequestDeadlines requestDeadlines() {
        return new RequestDeadlines(requestContactDays, Duration.ofHours(urgentRequestContactHours), zone);
    }

    /** Families are told by webhook always, by e-mail with --smtp; SMS needs a gateway a deployment plugs in. */
    private FamilySettings familySettings() {
        java.util.List<Courier> couriers = new java.util.ArrayList<>(List.of(new WebhookCourier(SyncJson.strict())));
        if (smtp != null && smtp.matches("[^:]+:\\d+")) {
            String[] hp = smtp.split(":");
            couriers.add(new EmailCourier(hp[0], Integer.parseInt(hp[1]), mailFrom));
        }
        return FamilySettings.defaults(SyncJson.strict()).withCouriers(couriers);
    }

    private AlarmSettings alarmSettings() {
        java.util.List<EscalationChannel> channels = new java.util.ArrayList<>();
        if (webhook != null) {
            channels.add(new WebhookChannel(webhook, SyncJson.strict()));
        }
        if (!emails.isEmpty()) {
            if (smtp == null || !smtp.matches("[^:]+:\\d+")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--escalation-email needs --smtp HOST:PORT");
            }
            String[] hp = smtp.split(":");
            channels.add(new EmailChannel(hp[0], Integer.parseInt(hp[1]), mailFrom, emails));
        }
        return AlarmSettings.defaults().withEscalateAfter(Duration.ofSeconds(escalateSeconds))
                .withOfflineAfter(Duration.ofSeconds(offlineSeconds))
                .withChannels(channels, 5, Duration.ofSeconds(1));
    }
}
