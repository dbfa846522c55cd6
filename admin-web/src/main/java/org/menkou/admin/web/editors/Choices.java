package org.menkou.admin.web.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;
import org.menkou.admin.web.Field.Option;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.store.ContentStore;

/** Option lists drawn from the content (stations, tiers), shared by the editors. */
final class Choices {
    private final ContentStore store;

    Choices(ContentStore store) {
        this.store = store;
    }

    /** Stations {@code user} may put content on; with {@code everyStation}, a first option "" for all stations. */
    List<Option> stationsFor(User user, boolean everyStation, Predicate<Station> filter) {
        List<Option> out = new ArrayList<>();
        if (everyStation && user.role() != Role.VOLUNTEER) {
            out.add(new Option("", "所有站点"));
        }
        store.stations().all().stream().filter(filter)
                .filter(s -> user.role() != Role.VOLUNTEER || s.id().equals(user.stationId()))
                .forEach(s -> out.add(new Option(s.id(), s.name())));
        return out;
    }

    List<Option> allStations(boolean none) {
        List<Option> out = new ArrayList<>();
        if (none) {
            out.add(new Option("", "（无）"));
        }
        store.stations().all().forEach(s -> out.add(new Option(s.id(), s.name())));
        return out;
    }

    /**
     * Canteens whose menus {@code user} may edit: every canteen for advisors and admins; for a volunteer the canteens
     * that serve their station (see {@link #serves}).
     */
    List<Option> canteensFor(User user) {
        return store.stations().all().stream().filter(s -> s.kind() == StationKind.CANTEEN)
                .filter(s -> user.role() != Role.VOLUNTEER || serves(s, user.stationId()))
                .map(s -> new Option(s.id(), s.name())).toList();
    }

    /**
     * True when {@code canteen} serves the station {@code stationId}: it is that station, or it belongs to the same
     * centre (the same parent), or to the station itself.
     */
    boolean serves(Station canteen, String stationId) {
        if (stationId == null) {
            return false;
        }
        if (canteen.id().equals(stationId)) {
            return true;
        }
        return store.stations().find(stationId).map(station -> canteen.parentId() != null
                && (canteen.parentId().equals(station.parentId()) || canteen.parentId().equals(station.id())))
                .orElse(false);
    }

    List<Option> tiers() {
        return store.tiers().all().stream().map(t -> new Option(t.code(), t.name())).toList();
    }

    /** The name staff know a tier by (e.g. 低保), or the code when no such tier exists. */
    String tierName(String code) {
        return store.tiers().all().stream().filter(t -> t.code().equals(code)).findFirst().map(t -> t.name())
                .orElse(code);
    }

    String stationName(String id) {
        return id == null ? "所有站点" : store.stations().find(id).map(Station::name).orElse(id);
    }
}
