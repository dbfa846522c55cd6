package org.menkou.content.card;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.StationKind;
import org.menkou.content.SubsidyTier;
import org.menkou.content.db.Database;
import org.menkou.content.store.ContentStore;

/** A real store in a temporary data directory with one station and two residents, and a clock fixed in Shanghai. */
final class CardFixture {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Resident ZHANG = new Resident("r-7k2m9q", "张桂英", 1941, "AGE80", "st-1");
    static final Resident LI = new Resident("r-3f8x1w", "李建国", 1950, "DIBAO", "st-1");

    final Path dataDir;
    final ContentStore store;

    CardFixture(Path dataDir) {
        this.dataDir = dataDir;
        this.store = ContentStore.open(Database.openIn(dataDir), clockOn(TODAY));
        store.stations().save(new Station("st-1", StationKind.STATION, "梧桐一站", "梧桐路2号", "每天 8:00-17:00", "021-5555 0101", null));
        store.tiers().save(new SubsidyTier("AGE80", "80岁以上", 1));
        store.tiers().save(new SubsidyTier("DIBAO", "低保", 2));
        store.residents().save(ZHANG);
        store.residents().save(LI);
    }

    /** A clock at 10:00 Shanghai time on {@code day}. */
    static Clock clockOn(LocalDate day) {
        Instant at = day.atTime(10, 0).atZone(SHANGHAI).toInstant();
        return Clock.fixed(at, SHANGHAI);
    }

    CardIssuer issuer() {
        return CardIssuer.forDataDirectory(dataDir, store, clockOn(TODAY), CardIssuer.DEFAULT_VALIDITY);
    }

    /** A verifier built from what is in the store, as a kiosk would after sync, on {@code day}. */
    CardVerifier verifierOn(LocalDate day) {
        return CardVerifier.fromStore(store, clockOn(day));
    }
}
