package org.menkou.content.protocol;

/**
 * The paths of the kiosk API (docs/api.md), one list for both sides: the server registers its routes with them and
 * the kiosk's client builds its URLs from them. Every path starts with {@code /} and lies below {@link #BASE}; a client
 * resolves it against the server's base URL without the leading {@code /}, so a server behind a path prefix works.
 * Every route answers refused input with a 4xx and an {@link ApiError}.
 */
public final class KioskApiPaths {
    /** The base of every kiosk route. */
    public static final String BASE = "/api/kiosk/v1";
    /** {@code GET}: who the server takes the kiosk to be, answered by a {@link KioskIdentity}. */
    public static final String ME = BASE + "/me";
    /**
     * {@code GET ?since=N&limit=M}: content changes after version {@code since}, at most {@code limit} of them,
     * answered by a {@link ContentPage}.
     */
    public static final String CONTENT = BASE + "/content";
    /** The query parameter of {@link #CONTENT} naming the version the kiosk holds. */
    public static final String SINCE_PARAM = "since";
    /** The query parameter of {@link #CONTENT} bounding the items of one page. */
    public static final String LIMIT_PARAM = "limit";
    /** {@code POST} an {@link EventBatch}, answered by an {@link EventAck}. */
    public static final String EVENTS = BASE + "/events";
    /** The path parameter of {@link #ALARM}: the alarm id the kiosk generated. */
    public static final String ALARM_ID_PARAM = "id";
    /** {@code GET}: the server's state of one alarm the kiosk sent, answered by an {@link AlarmStatus}; a route pattern. */
    public static final String ALARM = BASE + "/alarms/{" + ALARM_ID_PARAM + "}";
    /** {@code POST} a {@link ResidentBookings.Query}, answered by a {@link ResidentBookings.Answer}. */
    public static final String RESIDENT_BOOKINGS = BASE + "/bookings/of-resident";
    /** {@code POST} a {@link ResidentNews.Query}, answered by a {@link ResidentNews.Answer}. */
    public static final String RESIDENT_NEWS = BASE + "/residents/news";
    /**
     * {@code GET}: the kiosk's pending {@link RemoteCommand}s, answered by {@link RemoteCommands}. A kiosk asks only
     * when a {@link ContentPage#commandsPending()} said there are some.
     */
    public static final String COMMANDS = BASE + "/commands";
    /** The path parameter of {@link #COMMAND_RESULT}: the command's id. */
    public static final String COMMAND_ID_PARAM = "id";
    /** {@code POST} a {@link CommandResult} for one of the kiosk's own commands, answered by 204; a route pattern. */
    public static final String COMMAND_RESULT = COMMANDS + "/{" + COMMAND_ID_PARAM + "}/result";

    /** {@code GET}: the release assigned to this kiosk, a {@link ReleaseManifest}; 204 when none is assigned. */
    public static final String RELEASE = BASE + "/release";
    /** The path parameter of {@link #RELEASE_JAR}: a release version. */
    public static final String VERSION_PARAM = "id";
    /** {@code GET}: the jar of the release assigned to this kiosk (any other version is 404); a route pattern. */
    public static final String RELEASE_JAR = BASE + "/releases/{" + VERSION_PARAM + "}/jar";
    /** {@code GET}: the district release key's public half, a {@link ReleaseKey}. */
    public static final String RELEASE_KEY = BASE + "/release-key";

    private KioskApiPaths() {
    }

    /** The path of {@link #CONTENT} asking for changes after {@code since}, at most {@code limit} of them. */
    public static String content(long since, int limit) {
        return CONTENT + "?" + SINCE_PARAM + "=" + since + "&" + LIMIT_PARAM + "=" + limit;
    }

    /** The path of {@link #COMMAND_RESULT} for the command {@code id}. */
    public static String commandResult(long id) {
        return COMMAND_RESULT.replace("{" + COMMAND_ID_PARAM + "}", Long.toString(id));
    }

    /** The path of {@link #ALARM} for the alarm {@code alarmId}. */
    public static String alarm(String alarmId) {
        return ALARM.replace("{" + ALARM_ID_PARAM + "}", alarmId);
    }

    /** The path of {@link #RELEASE_JAR} for {@code version}. */
    public static String releaseJar(String version) {
        return RELEASE_JAR.replace("{" + VERSION_PARAM + "}", version);
    }
}
