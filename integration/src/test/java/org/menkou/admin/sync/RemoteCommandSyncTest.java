package org.menkou.admin.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.api.KioskCommands;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.DeviceReport;
import org.menkou.content.protocol.RemoteCommand;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.sync.CommandRunner;
import org.menkou.kiosk.sync.KioskSync;
import org.menkou.kiosk.sync.Outbox;
import org.menkou.kiosk.sync.SyncSettings;

/**
 * The kiosk's sync against a real server on loopback, real SQLite files on both sides: a round does the commands an
 * admin asked, a restart is told to leave only once the server has its result, a re-sync keeps the outbox, and the
 * device report passes the server's checks.
 */
@Tag("integration")
class RemoteCommandSyncTest {
    @TempDir
    Path dir;

    @Test
    void aRoundDoesTheAskedCommandsAndAReSyncKeepsContentAndOutbox() {
        AdminFixture f = new AdminFixture(dir.resolve("server"));
        var app = f.app.start("127.0.0.1", 0);
        ContentStore replica = ContentStore.open(Database.openSqlite(dir.resolve("kiosk").resolve("menkou.db")),
                Clock.systemUTC());
        try {
            KioskRegistry.Registered k = f.admin.kiosks().register("wt-station-1", "一号", "test");
            Outbox outbox = Outbox.open(replica.database(), Clock.systemUTC());
            KioskSync sync = KioskSync.manual(replica, outbox, SyncSettings.defaults(URI.create("http://127.0.0.1:"
                    + app.port() + "/"), k.token(), "test-1", () -> new SyncSettings.VoiceReport(false, "no-model"))
                    .withInterval(Duration.ofMillis(200)), Clock.systemUTC());
            sync.runOnce();
            KioskCommands.Command early = f.admin.kioskCommands().request(k.kiosk().id(), RemoteCommand.Kind.SCREEN, "boss");
            sync.runOnce();
            assertThat(f.admin.kioskCommands().find(early.id()).orElseThrow())
                    .as("a kiosk process without a runner says so").satisfies(c -> {
                        assertThat(c.state()).isEqualTo(KioskCommands.State.FAILED);
                        assertThat(c.result()).contains("does not take SCREEN");
                    });

            List<RemoteCommand.Kind> delivered = new CopyOnWriteArrayList<>();
            sync.runCommands(new CommandRunner() {
                @Override
                public CommandResult run(RemoteCommand.Kind kind) {
                    assertThat(delivered).as("asked before anything was delivered").doesNotContain(kind);
                    return CommandResult.of(true, "did " + kind);
                }

                @Override
                public void delivered(RemoteCommand.Kind kind) {
                    assertThat(f.admin.kioskCommands().history(k.kiosk().id(), 10)).filteredOn(c -> c.kind() == kind)
                            .allMatch(c -> c.state() == KioskCommands.State.DONE);
                    delivered.add(kind);
                }
            });
            sync.reportDevice(() -> new DeviceReport("ok key:F12", "keyboard, no scan since start", "no-model", 900, 1000,
                    50, 256, List.of("12-01 08:00:00 WARN KioskSync: sync failed ({}), retry in {} ms: {}")));
            Set<Object> notices = Set.copyOf(replica.notices().all());
            int events = outbox.size();
            assertThat(events).as("heartbeats and the like").isPositive();

            KioskCommands.Command resync = f.admin.kioskCommands().request(k.kiosk().id(), RemoteCommand.Kind.RESYNC, "boss");
            KioskCommands.Command restart = f.admin.kioskCommands().request(k.kiosk().id(), RemoteCommand.Kind.RESTART, "boss");
            sync.runOnce();

            assertThat(delivered).containsExactly(RemoteCommand.Kind.RESYNC, RemoteCommand.Kind.RESTART);
            assertThat(f.admin.kioskCommands().find(restart.id()).orElseThrow().result()).isEqualTo("did RESTART");
            assertThat(f.admin.kioskCommands().find(resync.id()).orElseThrow().result())
                    .contains("已从头重新同步").contains("本地事件 " + (events + 1) + " → " + (events + 1) + " 条");
            assertThat(Set.copyOf(replica.notices().all())).as("the same content after the snapshot").isEqualTo(notices);
            assertThat(replica.replica().syncedVersion()).hasValue(f.store.changes().currentVersion());
            assertThat(outbox.size()).isEqualTo(events + 1);
            assertThat(f.admin.kiosks().find(k.kiosk().id()).orElseThrow().device())
                    .as("the device report passed the server's checks").isNotNull()
                    .extracting(DeviceReport::buttons).isEqualTo("ok key:F12");
        } finally {
            app.stop();
            replica.database().close();
        }
    }
}
