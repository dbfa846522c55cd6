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

    List<Option> canteensFor(User user) {
        return stationsFor(user, false, s -> s.kind() == StationKind.CANTEEN);
    }

    List<Option> tiers() {
        return store.tiers().all().stream().map(t -> new Option(t.code(), t.name())).toList();
    }

    String stationName(String id) {
        return id == null ? "所有站点" : store.stations().find(id).map(Station::name).orElse(id);
    }
}
