package org.menkou.admin.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.menkou.admin.AdminApp;
import org.menkou.admin.AdminSettings;
import org.menkou.content.store.ContentStore;
import org.menkou.content.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code menkou admin}: runs the admin site and kiosk API on a data directory until the process is stopped. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Start the admin site (loopback by default) on a data directory; an empty one starts empty."
                + " The first start creates user 'admin' with a random password, printed once.")
final class AdminCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
    Path data;

    @Option(names = "--port", defaultValue = "7080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--heartbeat-seconds", defaultValue = "30",
            description = "Heartbeat interval kiosks are told to use; stale after 3 missed (default: ${DEFAULT-VALUE}).")
    int heartbeatSeconds;

    @Override
    public Integer call() throws InterruptedException {
        Path dir = DataDirectory.resolve(data, System.getenv());
        ContentStore store = ContentStore.openIn(dir);
        AdminApp admin = new AdminApp(store, AdminSettings.defaults(dir).withHeartbeat(Duration.ofSeconds(heartbeatSeconds)));
        admin.ensureInitialAdmin(System.out);
        Javalin app = admin.create().start(bind, port);
        // One line on stdout that scripts (and ./menkou demo) wait for.
        System.out.println("admin site: http://" + bind + ":" + app.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "admin-shutdown"));
        stopped.await();
        return 0;
    }
}
