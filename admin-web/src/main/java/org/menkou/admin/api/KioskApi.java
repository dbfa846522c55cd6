package org.menkou.admin.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.menkou.admin.auth.Role;
import org.menkou.content.Station;
import org.menkou.content.protocol.ApiError;
import org.menkou.content.protocol.CommandResult;
import org.menkou.content.protocol.EventBatch;
import org.menkou.content.protocol.KioskApiPaths;
import org.menkou.content.protocol.KioskIdentity;
import org.menkou.content.protocol.RemoteCommands;
import org.menkou.content.store.ContentStore;

/**
 * The kiosk sync API under {@value KioskApiPaths#BASE} (see docs/api.md and {@link KioskApiPaths}). Every route is
 * {@link Role#KIOSK}: the access check calls {@link #authenticate} first. Refused input gets a 4xx with an
 * {@link ApiError} and changes nothing.
 */
public final class KioskApi {
    public static final int MAX_BODY_BYTES = 256 * 1024;
    /** The largest command result body: {@link CommandResult#MAX_CHARS} characters of Chinese text, escaped. */
    public static final int MAX_RESULT_BYTES = 64 * 1024;
    /** Changes per content page when the kiosk does not say. */
    public static final int DEFAULT_LIMIT = 500;
    private static final String KIOSK_ATTRIBUTE = "menkou.kiosk";

    private final KioskRegistry kiosks;
    private final ContentFeed feed;
    private final EventStore events;
    private final ContentStore store;
    private final ObjectMapper strictJson;
    private final int heartbeatSeconds;
    private final KioskCommands commands;

    public KioskApi(KioskRegistry kiosks, ContentFeed feed, EventStore events, ContentStore store,
                    ObjectMapper strictJson, int heartbeatSeconds, KioskCommands commands) {
        this.commands = commands;
        this.kiosks = kiosks;
        this.feed = feed;
        this.events = events;
        this.store = store;
        this.strictJson = strictJson;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    public void register(RoutesConfig routes) {
        routes.get(KioskApiPaths.ME, this::me, Role.KIOSK);
        routes.get(KioskApiPaths.CONTENT, this::content, Role.KIOSK);
        routes.post(KioskApiPaths.EVENTS, this::events, Role.KIOSK);
        routes.get(KioskApiPaths.COMMANDS, ctx -> ctx.json(new RemoteCommands(commands.pending(kiosk(ctx).id()))),
                Role.KIOSK);
        routes.post(KioskApiPaths.COMMAND_RESULT, this::commandResult, Role.KIOSK);
        routes.exception(ApiException.class, (e, ctx) ->
                ctx.status(e.status()).json(new ApiError(e.code(), e.getMessage())));
    }

    /** The access check for {@link Role#KIOSK} routes: a valid, unrevoked bearer token. */
    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new ApiException(401, "no_token", "send the kiosk token as 'Authorization: Bearer TOKEN'");
        }
        Kiosk kiosk = kiosks.byToken(header.substring("Bearer ".length()).strip())
                .orElseThrow(() -> new ApiException(401, "bad_token", "unknown or revoked kiosk token"));
        ctx.attribute(KIOSK_ATTRIBUTE, kiosk);
    }

    private void me(Context ctx) {
        Kiosk k = kiosk(ctx);
        String name = store.stations().find(k.stationId()).map(Station::name).orElse(k.stationId());
        ctx.json(new KioskIdentity(k.id(), k.stationId(), name, heartbeatSeconds, store.changes().currentVersion()));
    }

    private void content(Context ctx) {
        long since = longParam(ctx, KioskApiPaths.SINCE_PARAM, -1);
        int limit = limitParam(ctx);
        Kiosk k = kiosk(ctx);
        ctx.json(feed.page(k.stationId(), since, limit).withCommandsPending(commands.hasPending(k.id())));
    }

    /** A kiosk's result of one of its own commands: 204, or 400/404/409/413 with the reason. */
    private void commandResult(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam(KioskApiPaths.COMMAND_ID_PARAM));
        } catch (NumberFormatException e) {
            throw new ApiException(404, "unknown_command", "no command '" + ctx.pathParam(KioskApiPaths.COMMAND_ID_PARAM) + "'");
        }
        CommandResult result = read(ctx, MAX_RESULT_BYTES, CommandResult.class);
        commands.complete(kiosk(ctx).id(), id, result);
        ctx.status(204);
    }

    private void events(Context ctx) {
        EventBatch batch = read(ctx, MAX_BODY_BYTES, EventBatch.class);
        ctx.json(events.store(kiosk(ctx), batch.events()));
    }

    /**
     * The JSON body as {@code type}, at most {@code maxBytes}: refused with 413 or 400 and the reason otherwise. The
     * body is read before a refusal (the server's size limit bounds it), so the answer is not lost to a connection
     * reset while the kiosk is still sending.
     */
    private <T> T read(Context ctx, int maxBytes, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length > maxBytes) {
            throw new ApiException(413, "body_too_large", "the body must be at most " + maxBytes + " bytes");
        }
        T value;
        try {
            value = strictJson.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(400, "unknown_field", "unknown field '" + e.getPropertyName() + "'");
        } catch (IOException e) {
            throw new ApiException(400, "malformed_json", "the body is not a valid " + type.getSimpleName() + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (value == null) {
            throw new ApiException(400, "malformed_json", "the body is empty");
        }
        return value;
    }

    /** The kiosk a request on a {@link Role#KIOSK} route was authenticated as. */
    public static Kiosk kiosk(Context ctx) {
        Kiosk k = ctx.attribute(KIOSK_ATTRIBUTE);
        if (k == null) {
            throw new ApiException(401, "no_token", "not authenticated");
        }
        return k;
    }

    /** The page size: 1 to {@link ContentFeed#MAX_LIMIT}, checked as text so no large value wraps round to a valid one. */
    private static int limitParam(Context ctx) {
        String value = ctx.queryParam(KioskApiPaths.LIMIT_PARAM);
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        String range = "'limit' must be a whole number from 1-" + ContentFeed.MAX_LIMIT;
        if (!value.matches("\\d{1,9}")) {
            throw new ApiException(400, "bad_limit", range);
        }
        int limit = Integer.parseInt(value);
        if (limit < 1 || limit > ContentFeed.MAX_LIMIT) {
            throw new ApiException(400, "bad_limit", range);
        }
        return limit;
    }

    private static long longParam(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null) {
            if (fallback < 0) {
                throw new ApiException(400, "missing_" + name, "query parameter '" + name + "' is required");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "bad_" + name, "'" + name + "' must be a whole number");
        }
    }
}
