package org.menkou.admin.release;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.menkou.admin.api.ApiException;
import org.menkou.admin.api.Kiosk;
import org.menkou.admin.api.KioskApi;
import org.menkou.admin.auth.Role;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.ReleaseKey;
import org.menkou.content.release.ReleaseSigning;

/**
 * The kiosk routes of software updates, all {@link Role#KIOSK}: the release assigned to the asking kiosk
 * ({@link KioskApiPaths#RELEASE}, 204 when none), its jar ({@link KioskApiPaths#RELEASE_JAR}; any other version is
 * 404, so a kiosk cannot fetch a release before its turn) and the release key's public half.
 */
public final class ReleaseApi {
    private final ReleaseStore releases;

    public ReleaseApi(ReleaseStore releases) {
        this.releases = releases;
    }

    public void register(RoutesConfig routes) {
        routes.get(KioskApiPaths.RELEASE, this::assigned, Role.KIOSK);
        routes.get(KioskApiPaths.RELEASE_JAR, this::jar, Role.KIOSK);
        routes.get(KioskApiPaths.RELEASE_KEY, ctx -> ctx.json(new ReleaseKey(
                ReleaseSigning.encodePublic(releases.publicKey()))), Role.KIOSK);
    }

    private Optional<Release> assignedTo(Context ctx) {
        Kiosk k = KioskApi.kiosk(ctx);
        return releases.assigned(k.id(), k.stationId());
    }

    private void assigned(Context ctx) {
        Optional<Release> r = assignedTo(ctx);
        if (r.isEmpty()) {
            ctx.status(204);
            return;
        }
        ctx.json(r.get().manifest());
    }

    private void jar(Context ctx) throws IOException {
        String version = ctx.pathParam(KioskApiPaths.VERSION_PARAM);
        Release r = assignedTo(ctx).filter(a -> a.version().equals(version)).orElseThrow(() -> new ApiException(404,
                "no_release", "release " + version + " is not assigned to this kiosk"));
        if (!Files.isRegularFile(releases.jarFile(r.version()))) {
            throw new ApiException(404, "release_file_missing", "this server node has no file for release "
                    + r.version() + " (DATA/releases must be shared by every node)");
        }
        ctx.contentType("application/java-archive");
        ctx.header("Content-Length", Long.toString(r.size()));
        ctx.result(Files.newInputStream(releases.jarFile(r.version())));
    }
}
