package org.menkou.admin.bench.fleet;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Kiosk tokens for a benchmark, registered as an admin does it: on the admin site's fleet page, which shows each
 * token once. Works against any server the benchmark can reach, local or not.
 */
public final class Provisioning {
    private static final int SESSIONS = 4;

    private Provisioning() {
    }

    /**
     * Registers {@code count} kiosks for {@code station} over {@value #SESSIONS} admin sessions side by side (the
     * account must not need a password change); returns their tokens.
     */
    public static List<String> register(URI base, String user, String password, String station, int count)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS, KioskFleet.daemon("bench-provision"));
        try {
            List<Future<List<String>>> parts = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                int share = count / SESSIONS + (s < count % SESSIONS ? 1 : 0);
                int session = s;
                parts.add(pool.submit(() -> {
                    AdminSite site = new AdminSite(base);
                    site.logIn(user, password, password);
                    List<String> tokens = new ArrayList<>(share);
                    for (int i = 0; i < share; i++) {
                        tokens.add(site.registerKiosk(station, "压测-" + session + "-" + i));
                    }
                    return tokens;
                }));
            }
            List<String> all = new ArrayList<>(count);
            for (Future<List<String>> part : parts) {
                all.addAll(part.get());
            }
            return Collections.unmodifiableList(all);
        } finally {
            pool.shutdownNow();
        }
    }
}
