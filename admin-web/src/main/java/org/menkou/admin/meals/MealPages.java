package org.menkou.admin.meals;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Views;
import org.menkou.content.ContentException;
import org.menkou.content.Meal;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.protocol.BookingOutcome;
import org.menkou.content.protocol.BookingRequest;
import org.menkou.content.store.ContentStore;

/**
 * The meal pages of the admin site under /meals: the canteen's daily sheet (HTML to print, CSV for Excel), proxy
 * booking for a resident who phoned in, meals per day, the station's booking list, the wellbeing follow-up list and
 * delivery addresses. Volunteers see masked names and addresses; advisors and admins see full addresses.
 */
public final class MealPages {
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Role[] STAFF = {Role.VOLUNTEER, Role.ADVISOR, Role.ADMIN};

    private final MealBookingService service;
    private final MealReports reports;
    private final ContentStore store;
    private final Views views;
    private final AuditLog audit;
    private final Clock clock;

    public MealPages(MealBookingService service, MealReports reports, ContentStore store, Views views, AuditLog audit,
                     Clock clock) {
        this.service = service;
        this.reports = reports;
        this.store = store;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/meals", this::index, STAFF);
        routes.get("/meals/sheet", this::sheet, STAFF);
        routes.get("/meals/sheet.csv", this::sheetCsv, STAFF);
        routes.post("/meals/pickup", this::pickup, STAFF);
        routes.get("/meals/proxy", this::proxyForm, STAFF);
        routes.post("/meals/proxy", this::proxyBook, STAFF);
        routes.get("/meals/chart", this::chart, STAFF);
        routes.get("/meals/station", this::station, STAFF);
        routes.get("/meals/followup", this::followUp, STAFF);
        routes.get("/meals/address", this::addressForm, Role.ADVISOR, Role.ADMIN);
        routes.post("/meals/address", this::saveAddress, Role.ADVISOR, Role.ADMIN);
    }

    private List<Station> canteens() {
        return store.stations().all().stream().filter(s -> s.kind() == StationKind.CANTEEN).toList();
    }

    private String canteen(Context ctx) {
        String id = ctx.queryParam("canteen");
        List<Station> canteens = canteens();
        if (id == null || id.isBlank()) {
            if (canteens.isEmpty()) {
                throw new BadRequestResponse("还没有登记长者食堂。");
            }
            return canteens.get(0).id();
        }
        return canteens.stream().map(Station::id).filter(id::equals).findFirst()
                .orElseThrow(() -> new BadRequestResponse("没有这个食堂。"));
    }

    private LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return reports.today();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("日期要写成 2026-11-23 这样。");
        }
    }

    private void index(Context ctx) {
        views.render(ctx, "meals.peb", "订餐", Map.of("canteens", canteens(), "today", reports.today().toString(),
                "stations", store.stations().all(), "mayEditAddress", AccessCheck.user(ctx).role() != Role.VOLUNTEER));
    }

    private void sheet(Context ctx) {
        String canteen = canteen(ctx);
        LocalDate date = date(ctx.queryParam("date"));
        DailySheet sheet = reports.sheet(canteen, date, AccessCheck.user(ctx).role() != Role.VOLUNTEER);
        views.render(ctx, "meal-sheet.peb", sheet.canteenName() + " " + date + " 订餐单",
                Map.of("sheet", sheet, "canteen", canteen, "date", date.toString()));
    }

    private void sheetCsv(Context ctx) {
        String canteen = canteen(ctx);
        LocalDate date = date(ctx.queryParam("date"));
        DailySheet sheet = reports.sheet(canteen, date, AccessCheck.user(ctx).role() != Role.VOLUNTEER);
        byte[] body = SheetCsv.write(sheet).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[UTF8_BOM.length + body.length];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
        System.arraycopy(body, 0, withBom, UTF8_BOM.length, body.length);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"meals-" + canteen + "-" + date + ".csv\"");
        ctx.result(withBom);
    }

    private void pickup(Context ctx) {
        String id = ctx.formParam("bookingId");
        User user = AccessCheck.user(ctx);
        if (user.role() == Role.VOLUNTEER && id != null) {
            reports.place(id).filter(place -> !place.concerns(user.stationId()))
                    .ifPresent(place -> refuseOtherStation(user));
        }
        if (id == null || !reports.markPickedUp(id)) {
            throw new BadRequestResponse("没有这份已确认、还没取的订餐。");
        }
        audit.record(AccessCheck.user(ctx).username(), "PICKED_UP", "MEAL_BOOKING", id, null, null);
        ctx.redirect("/meals/sheet?canteen=" + canteen(ctx) + "&date=" + date(ctx.queryParam("date")));
    }

    /** A resident as the 代订 picker offers them (see {@link #residentChoices}). */
    public record ResidentChoice(String id, String label) {
    }

    /**
     * Residents told apart for staff without showing personal data in full: masked name, birth year, home station
     * and the last four digits of the emergency contact's phone; the id is added where two still read the same.
     */
    private List<ResidentChoice> residentChoices() {
        Map<String, String> phoneTails = reports.contactPhoneTails();
        List<ResidentChoice> plain = store.residents().all().stream().map(r -> new ResidentChoice(r.id(),
                r.maskedName() + " · " + r.birthYear() + "年生 · " + reports.stationName(r.homeStationId())
                        + (phoneTails.containsKey(r.id()) ? " · 联系电话尾号 " + phoneTails.get(r.id()) : ""))).toList();
        Map<String, Long> counts = plain.stream().collect(java.util.stream.Collectors.groupingBy(ResidentChoice::label,
                java.util.stream.Collectors.counting()));
        return plain.stream().map(c -> counts.get(c.label()) > 1 ? new ResidentChoice(c.id(), c.label() + " · 编号 " + c.id())
                : c).sorted(java.util.Comparator.comparing(ResidentChoice::label)).toList();
    }

    private void proxyForm(Context ctx) {
        renderProxy(ctx, null, null, Map.of());
    }

    private void renderProxy(Context ctx, String error, BookingOutcome outcome, Map<String, String> values) {
        Map<String, Object> model = new HashMap<>();
        model.put("canteens", canteens());
        model.put("residents", residentChoices());
        model.put("values", values);
        model.put("today", reports.today().plusDays(1).toString());
        if (error != null) {
            model.put("error", error);
        }
        if (outcome != null) {
            model.put("outcome", outcome);
        }
        views.render(ctx, "meal-proxy.peb", "代居民订餐（电话订餐）", model);
    }

    private void proxyBook(Context ctx) {
        User user = AccessCheck.user(ctx);
        Map<String, String> values = new HashMap<>();
        for (String f : List.of("residentId", "canteen", "date", "meal", "setCode", "delivery")) {
            values.put(f, ctx.formParam(f) == null ? "" : ctx.formParam(f));
        }
        BookingRequest request;
        try {
            String residentId = values.get("residentId");
            var resident = store.residents().find(residentId)
                    .orElseThrow(() -> new ContentException("没有这位居民。"));
            request = new BookingRequest(UUID.randomUUID().toString(), values.get("canteen"), date(values.get("date")),
                    Meal.valueOf(values.get("meal")), values.get("setCode"), residentId, resident.tierCode(),
                    "on".equals(values.get("delivery")) || "true".equals(values.get("delivery")),
                    user.stationId() != null ? user.stationId() : resident.homeStationId());
        } catch (ContentException | IllegalArgumentException | BadRequestResponse e) {
            ctx.status(400);
            renderProxy(ctx, e.getMessage() == null ? "填写有误。" : e.getMessage(), null, values);
            return;
        }
        BookingOutcome outcome = service.bookByProxy(request, user.username());
        audit.record(user.username(), "PROXY_BOOKING", "MEAL_BOOKING", request.bookingId(), null,
                Map.of("request", request, "outcome", outcome));
        if (outcome.status() != BookingOutcome.Status.CONFIRMED) {
            ctx.status(409);
        }
        renderProxy(ctx, null, outcome, values);
    }

    private void chart(Context ctx) {
        String canteen = canteen(ctx);
        Map<LocalDate, Integer> perDay = reports.mealsPerDay(canteen, 30);
        views.render(ctx, "meal-chart.peb", reports.stationName(canteen) + " 近30天每日餐数",
                Map.of("svg", new MealsChart(perDay).svg(), "perDay", perDay, "canteens", canteens(), "canteen", canteen));
    }

    private void station(Context ctx) {
        User user = AccessCheck.user(ctx);
        String station = ctx.queryParam("station");
        if (station == null || station.isBlank()) {
            station = user.stationId() != null ? user.stationId() : store.stations().all().get(0).id();
        }
        if (store.stations().find(station).isEmpty()) {
            throw new BadRequestResponse("没有这个站点。");
        }
        if (user.role() == Role.VOLUNTEER && !station.equals(user.stationId())) {
            refuseOtherStation(user);
        }
        views.render(ctx, "meal-station.peb", reports.stationName(station) + " 的订餐",
                Map.of("bookings", reports.stationBookings(station, reports.today().minusDays(7)),
                        "stations", store.stations().all(), "station", station));
    }

    private void followUp(Context ctx) {
        int days = ctx.queryParamAsClass("days", Integer.class).check(d -> d >= 1 && d <= 60, "天数要在 1 到 60 之间")
                .getOrDefault(3);
        int usual = ctx.queryParamAsClass("usual", Integer.class).check(d -> d >= 1 && d <= 60, "次数要在 1 到 60 之间")
                .getOrDefault(8);
        User user = AccessCheck.user(ctx);
        var residents = user.role() == Role.VOLUNTEER ? reports.followUps(days, usual, user.stationId())
                : reports.followUps(days, usual);
        views.render(ctx, "meal-followup.peb", "关怀回访名单",
                Map.of("residents", residents, "days", days, "usual", usual));
    }

    /** Volunteers see and change only their own station's bookings: 403 with the reason. */
    private void refuseOtherStation(User user) {
        throw new ForbiddenResponse("志愿者只能查看和处理本站（" + reports.stationName(user.stationId())
                + "）的订餐和居民。");
    }

    private void addressForm(Context ctx) {
        String resident = ctx.queryParam("resident");
        renderAddress(ctx, resident, resident == null ? "" : reports.address(resident).orElse(""), null);
    }

    /** The address page for {@code resident} (none chosen when null or unknown) with {@code address} in the input. */
    private void renderAddress(Context ctx, String resident, String address, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("residents", residentChoices());
        if (resident != null && store.residents().find(resident).isPresent()) {
            model.put("resident", resident);
            model.put("address", address);
        }
        if (error != null) {
            model.put("error", error);
        }
        views.render(ctx, "meal-address.peb", "送餐地址", model);
    }

    private void saveAddress(Context ctx) {
        String resident = ctx.formParam("resident");
        String address = ctx.formParam("address");
        if (resident == null || store.residents().find(resident).isEmpty()) {
            throw new BadRequestResponse("没有这位居民。");
        }
        String clean;
        try {
            clean = org.menkou.content.Text.requiredLine("address", address, 60);
        } catch (ContentException e) {
            ctx.status(400);
            renderAddress(ctx, resident, address == null ? "" : address, "“送餐地址”要填，一行，最多 60 个字。");
            return;
        }
        String before = reports.address(resident).orElse(null);
        reports.saveAddress(resident, clean);
        audit.record(AccessCheck.user(ctx).username(), before == null ? "CREATE" : "UPDATE", "RESIDENT_ADDRESS",
                resident, before, clean);
        ctx.redirect("/meals/address?resident=" + resident);
    }
}
