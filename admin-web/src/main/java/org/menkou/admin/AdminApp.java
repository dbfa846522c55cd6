package org.menkou.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.loader.ClasspathLoader;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.ConnectionException;
import org.menkou.admin.alarm.AlarmBoardPages;
import org.menkou.admin.alarm.AlarmCentre;
import org.menkou.admin.alarm.AlarmSettings;
import org.menkou.admin.alarm.family.FamilyNotifier;
import org.menkou.admin.alarm.family.FamilySettings;
import org.menkou.admin.api.ContentFeed;
import org.menkou.admin.api.EventHandler;
import org.menkou.admin.api.EventStore;
import org.menkou.admin.api.HeartbeatHandler;
import org.menkou.admin.api.KioskApi;
import org.menkou.admin.api.KioskCommands;
import org.menkou.admin.api.KioskRegistry;
import org.menkou.admin.api.ResidentCards;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.CsrfRefusedResponse;
import org.menkou.admin.auth.InitialAdmin;
import org.menkou.admin.auth.LoginThrottle;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.Secrets;
import org.menkou.admin.auth.Sessions;
import org.menkou.admin.auth.UserStore;
import org.menkou.admin.card.CardPages;
import org.menkou.admin.cluster.LeaderSchedule;
import org.menkou.admin.cluster.Lease;
import org.menkou.admin.feedback.FeedbackBook;
import org.menkou.admin.feedback.FeedbackPages;
import org.menkou.admin.http.RequestLimits;
import org.menkou.admin.http.SecurityHeaders;
import org.menkou.admin.meals.BookingEventHandlers;
import org.menkou.admin.meals.MealBookingService;
import org.menkou.admin.meals.MealPages;
import org.menkou.admin.meals.MealReports;
import org.menkou.admin.release.ReleaseApi;
import org.menkou.admin.release.ReleasePages;
import org.menkou.admin.release.ReleaseStore;
import org.menkou.admin.requests.RequestDeadlines;
import org.menkou.admin.requests.RequestKioskApi;
import org.menkou.admin.requests.RequestPages;
import org.menkou.admin.requests.ServiceRequests;
import org.menkou.admin.settlement.ResidentHistory;
import org.menkou.admin.settlement.SettlementBook;
import org.menkou.admin.settlement.SettlementCalculator;
import org.menkou.admin.settlement.SettlementPages;
import org.menkou.admin.web.AccountPages;
import org.menkou.admin.web.AuditPage;
import org.menkou.admin.web.EditorRoutes;
import org.menkou.admin.web.FleetPages;
import org.menkou.admin.web.HomePage;
import org.menkou.admin.web.KioskPages;
import org.menkou.admin.web.PebbleRenderer;
import org.menkou.admin.web.StaffTime;
import org.menkou.admin.web.UserPages;
import org.menkou.admin.web.Views;
import org.menkou.admin.web.editors.MenuEditor;
import org.menkou.admin.web.editors.NoticeEditor;
import org.menkou.admin.web.editors.PolicyEditor;
import org.menkou.admin.web.editors.ResidentEditor;
import org.menkou.admin.web.editors.ServiceEditor;
import org.menkou.admin.web.editors.StationEditor;
import org.menkou.admin.web.editors.TierEditor;
import org.menkou.content.ContentException;
import org.menkou.content.card.CardVerifier;
import org.menkou.content.db.Database;
import org.menkou.content.protocol.ApiError;
import org.menkou.content.protocol.BookingCancel;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.protocol.ContentCodec;
import org.menkou.content.protocol.Heartbeat;
import org.menkou.content.protocol.SyncJson;
import org.menkou.content.store.ContentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin web application, built from its dependencies so a test can build it on a temporary store and call it
 * over real HTTP. {@link #create()} returns an unstarted Javalin; the caller starts and stops it. Every route is
 * registered with its roles, and {@link AccessCheck} runs before each one. The server's own tables (users, sessions,
 * audit, kiosks, events, bookings, alarms; migration area {@value #MIGRATIONS}) live in the store's database.
 *
 * <p>Several apps (nodes, each in its own process) may serve one database behind a load balancer, any request to any
 * node: everything a request needs is in the database, the alarm boards hear of changes made on any node, and the
 * work done once for all (the alarm watch, pruning) runs on the node that holds the lease {@value #LEASE}. Each app
 * has a random node id, logged at start and shown by {@code /health}.
 */
public final class AdminApp {
    /** The migration area of the server's own tables. */
    public static final String MIGRATIONS = "admin";
    /** The name of the lease that picks the node doing the singleton work. */
    public static final String LEASE = "singleton";
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(AdminApp.class);
    private final ContentStore store;
    private final AdminSettings settings;
    private final Secrets secrets = new Secrets();
    private final ObjectMapper strictJson = SyncJson.strict();
    private final UserStore users;
    private final Sessions sessions;
    private final AuditLog audit;
    private final KioskRegistry kiosks;
    private final KioskCommands kioskCommands;
    private final Map<String, EventHandler> handlers = new java.util.concurrent.ConcurrentHashMap<>();
    private final EventStore events;
    private final Database db;
    private final List<HandlerMetaInfo> registered = new CopyOnWriteArrayList<>();
    private final MealBookingService meals;
    private final BookingEventHandlers bookingHandlers;
    private final ResidentCards cards;
    private final ServiceRequests requests;
    private final FeedbackBook feedback;
    private final RequestKioskApi requestApi;
    private final AlarmCentre alarms;
    private final FamilyNotifier family;
    private final Lease lease;
    private final LoginThrottle throttle;
    private final LeaderSchedule chores;
    private final ResidentHistory residentHistory;
    private final ReleaseStore releases;

    public AdminApp(ContentStore store, AdminSettings settings) {
        this.store = store;
        this.settings = settings;
        this.db = store.database();
        migrate(db);
        // Leadership is a matter of real time between processes, whatever clock the tests give the server.
        this.lease = new Lease(db.jdbi(), LEASE, "node-" + secrets.token(6), Clock.systemUTC());
        this.users = new UserStore(db.jdbi(), settings.bcryptCost(), settings.clock());
        this.sessions = new Sessions(db.jdbi(), users, secrets, settings.clock());
        this.throttle = new LoginThrottle(db.jdbi(), settings.clock());
        this.chores = new LeaderSchedule(lease).every(PRUNE_EVERY, "prune login throttle", throttle::prune)
                .every(PRUNE_EVERY, "prune ended sessions", sessions::prune);
        this.audit = new AuditLog(db.jdbi(), strictJson, settings.clock());
        this.residentHistory = new ResidentHistory(db.jdbi(), settings.clock());
        this.kiosks = new KioskRegistry(db.jdbi(), secrets, settings.clock());
        this.kioskCommands = new KioskCommands(db.jdbi(), settings.clock());
        this.releases = new ReleaseStore(db.jdbi(), settings.dataDir(), settings.clock());
        handlers.put(Heartbeat.TYPE, new HeartbeatHandler(strictJson, kiosks, settings.clock()));
        this.meals = new MealBookingService(db.durable(), store, settings.clock(), settings.zone());
        this.cards = new ResidentCards(() -> CardVerifier.fromStore(store, settings.clock()));
        this.bookingHandlers = new BookingEventHandlers(meals, strictJson, cards);
        handlers.put(BookingRequest.EVENT_TYPE, bookingHandlers.booking());
        handlers.put(BookingCancel.EVENT_TYPE, bookingHandlers.cancel());
        this.requests = new ServiceRequests(db.durable(), settings.clock(), RequestDeadlines.defaults(settings.zone()));
        this.feedback = new FeedbackBook(db.jdbi(), store, settings.clock(), settings.zone());
        this.requestApi = new RequestKioskApi(requests, feedback, cards, strictJson, db.jdbi());
        handlers.putAll(requestApi.eventHandlers());
        this.alarms = new AlarmCentre(db, audit, kiosks, store, strictJson, settings.clock(), lease::held);
        handlers.putAll(alarms.eventHandlers());
        this.family = new FamilyNotifier(db.durable(), alarms, store, audit, FamilySettings.defaults(strictJson),
                settings.zone(), settings.clock(), lease.node(), lease::held);
        alarms.follow(family);
        this.events = new EventStore(db.durable(), db.jdbi(), db.oneWriterAtATime(), strictJson, handlers,
                settings.clock());
    }

    private static void migrate(Database database) {
        try {
            database.migrate(MIGRATIONS);
        } catch (ContentException e) {
            throw new ContentException("cannot open the admin tables in " + database.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds the handler of another kiosk event type (bookings, alarms). Call before the server takes requests;
     * events of unregistered types are refused with 400.
     */
    public AdminApp withEventHandler(String type, EventHandler handler) {
        handlers.put(type, handler);
        return this;
    }

    /** Sets escalation, supervision and escalation channels; call before {@link #create()}. */
    public AdminApp withAlarmSettings(AlarmSettings value) {
        alarms.configure(value);
        return this;
    }

    /** Sets how soon a service request must be contacted before it is marked overdue; call before {@link #create()}. */
    public AdminApp withRequestDeadlines(RequestDeadlines value) {
        requests.configure(value);
        return this;
    }

    /** Sets how families are told of alarms (couriers, retries); call before {@link #create()}. */
    public AdminApp withFamilySettings(FamilySettings value) {
        family.configure(value);
        return this;
    }

    /** First start: creates the admin account with a random password when there are no accounts. */
    public Optional<String> ensureInitialAdmin(PrintStream out) {
        return InitialAdmin.ensure(users, secrets, settings.dataDir(), out);
    }

    public Javalin create() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = RequestLimits.API_BODY_BYTES;
            RequestLimits.install(config, this::isOpenBodyRoute);
            config.jsonMapper(new JavalinJackson(strictJson, false));
            config.fileRenderer(new PebbleRenderer(new PebbleEngine.Builder()
                    .loader(new ClasspathLoader(AdminApp.class.getClassLoader()) {
                        { setPrefix("templates/"); }
                    })
                    .autoEscaping(true).strictVariables(false).build()));
            config.events.handlerAdded(registered::add);
            config.events.serverStarted(this::started);
            config.events.serverStopping(this::stopping);
            register(config.routes);
        });
    }

    private void started() {
        log.info("admin node {} started on {}", lease.node(), db.location());
        lease.start();
        chores.start();
        alarms.startWatch();
        family.start();
    }

    private void stopping() {
        family.close();
        alarms.close();
        chores.close();
        lease.close();
        log.info("admin node {} stopped", lease.node());
    }

    /** Registers every route with its roles, behind the security headers and the access check. */
    private void register(RoutesConfig routes) {
        Views views = new Views(new StaffTime(settings.zone()));
        views.addNav("/", "首页", Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        views.addNav("/alarms", "紧急呼叫", Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        views.addNav("/notices", "通知活动", Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        views.addNav("/menus", "食堂菜单", Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        views.addNav("/meals", "订餐", Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        views.addNav("/settlement", "资金结算", Role.ADVISOR, Role.ADMIN);
        views.addNav("/requests", "服务申请", Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN);
        views.addNav("/feedback", "满意度", Role.ADVISOR, Role.ADMIN);
        views.addNav("/services", "服务项目", Role.ADVISOR, Role.ADMIN);
        views.addNav("/policies", "政策", Role.ADVISOR, Role.ADMIN);
        views.addNav("/residents", "居民", Role.ADVISOR, Role.ADMIN);
        views.addNav("/tiers", "补贴档次", Role.ADVISOR, Role.ADMIN);
        views.addNav("/stations", "站点", Role.ADMIN);
        views.addNav("/kiosks", "终端", Role.ADMIN);
        views.addNav("/users", "用户", Role.ADMIN);
        views.addNav("/audit", "修改记录", Role.ADMIN);

        KioskApi api = new KioskApi(kiosks, new ContentFeed(store, new ContentCodec(strictJson), settings.snapshotThreshold()),
                events, store, strictJson, (int) settings.heartbeat().toSeconds(), kioskCommands);
        routes.before(new SecurityHeaders());
        routes.beforeMatched(new AccessCheck(sessions, api::authenticate));
        routes.exception(HttpResponseException.class, (e, ctx) -> refused(ctx, e.getStatus(), "refused", e.getMessage()));
        // The database gave no connection in time (overload): busy, try again; kiosks send their events again.
        routes.exception(ConnectionException.class, (e, ctx) -> {
            log.warn("{} {}: no database connection in time: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "1");
            refused(ctx, 503, "busy", "服务器正忙，请稍后再试 (busy, try again)");
        });
        new HomePage(store, views, lease).register(routes);
        new AccountPages(users, sessions, throttle, secrets, views, audit,
                settings.dataDir(), settings.secureCookies()).register(routes);
        List<EditorRoutes<?>> editors = List.of(new EditorRoutes<>(new NoticeEditor(store), views, audit),
                new EditorRoutes<>(new MenuEditor(store), views, audit), new EditorRoutes<>(new ServiceEditor(store), views, audit),
                new EditorRoutes<>(new PolicyEditor(store), views, audit),
                new EditorRoutes<>(new ResidentEditor(store, db.jdbi(), settings.clock(), residentHistory), views, audit),
                new EditorRoutes<>(new StationEditor(store), views, audit), new EditorRoutes<>(new TierEditor(store), views, audit));
        editors.forEach(e -> e.register(routes));
        new CardPages(store, settings.dataDir(), settings.clock(), views, audit).register(routes);
        routes.exception(CsrfRefusedResponse.class, (e, ctx) -> {
            if (editors.stream().noneMatch(editor -> editor.reshowRefusedSave(ctx))) {
                ctx.status(e.getStatus());
                Views.renderAnonymous(ctx, "message.peb", "出错了", Map.of("message", e.getMessage(), "back", "/"));
            }
        });
        new UserPages(users, secrets, views, audit, store).register(routes);
        new AuditPage(audit, views).register(routes);
        new MealPages(meals, new MealReports(db.jdbi(), store, settings.zone(), settings.clock()),
                store, views, audit, settings.clock()).register(routes);
        new RequestPages(requests, store, db.jdbi(), users, views, audit, settings.clock()).register(routes);
        new FeedbackPages(feedback, store, views, audit, settings.clock(), settings.zone()).register(routes);
        settlementPages(views).register(routes);
        registerFleet(routes, views);
        new AlarmBoardPages(alarms, sessions, views, settings.clock()).register(routes);
        bookingHandlers.registerResidentBookings(routes);
        requestApi.register(routes);
        api.register(routes);
    }

    /** The fleet's pages (kiosks, one kiosk, releases) and the kiosks' release routes. */
    private void registerFleet(RoutesConfig routes, Views views) {
        new FleetPages(kiosks, store, views, audit, settings.heartbeat(), settings.clock()).register(routes);
        new KioskPages(kiosks, kioskCommands, alarms.watch().settings().offlineAfter(), views, audit)
                .register(routes);
        new ReleasePages(releases, kiosks, store, views, audit).register(routes);
        new ReleaseApi(releases).register(routes);
    }

    private SettlementPages settlementPages(Views views) {
        return new SettlementPages(new SettlementCalculator(db.jdbi(), store, residentHistory, settings.zone()),
                new SettlementBook(db.jdbi(), strictJson, settings.clock()), store, views, audit, settings.clock(),
                settings.zone());
    }

    /** Answers {@code status}: an {@link ApiError} with {@code code} on the kiosk API, a message page elsewhere. */
    private static void refused(Context ctx, int status, String code, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(new ApiError(code, message));
        } else {
            Views.renderAnonymous(ctx, "message.peb", "出错了", Map.of("message", message, "back", "/"));
        }
    }

    /** True when {@code path} is a route open to anyone that takes a body (the login form). */
    private boolean isOpenBodyRoute(String path) {
        return registered.stream().anyMatch(r -> r.getPath().equals(path) && r.getRoles().contains(Role.ANYONE)
                && !HandlerType.GET.equals(r.getHttpMethod()) && !HandlerType.HEAD.equals(r.getHttpMethod()));
    }

    /** Every route registered by {@link #create()}, with its roles (tests enumerate these). */
    public List<HandlerMetaInfo> routes() {
        return List.copyOf(registered);
    }

    public UserStore users() {
        return users;
    }

    /** Published kiosk releases and the release key. */
    public ReleaseStore releases() {
        return releases;
    }

    public KioskRegistry kiosks() {
        return kiosks;
    }

    /** Remote actions on kiosks from the fleet page. */
    public KioskCommands kioskCommands() {
        return kioskCommands;
    }

    public EventStore events() {
        return events;
    }

    public MealBookingService meals() {
        return meals;
    }

    public ServiceRequests requests() {
        return requests;
    }

    public FeedbackBook feedback() {
        return feedback;
    }

    public AlarmCentre alarms() {
        return alarms;
    }

    /** Who tells residents' families of their alarms (tests drive its sending). */
    public FamilyNotifier family() {
        return family;
    }

    /** The lease of the singleton work: this node's id, and whether it leads now. */
    public Lease lease() {
        return lease;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The database of the store and the admin tables (tests watch which commits are durable). */
    public Database database() {
        return db;
    }

    public ContentStore store() {
        return store;
    }
}
