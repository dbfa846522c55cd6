package org.menkou.content.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.menkou.content.ContentException;
import org.menkou.content.card.CardPublicKey;
import org.menkou.content.card.CardRegistry;
import org.menkou.content.card.ResidentCard;
import org.menkou.content.card.RevocationReason;
import org.menkou.content.db.Database;

/**
 * The content store: the content tables (migration area {@value #MIGRATIONS}) in the process's {@link Database},
 * brought up to date when opened. Repositories borrow a pooled connection per call and return it before returning
 * ({@code Jdbi.withHandle}); nothing here holds a connection between calls, and the database's opener closes it.
 * Safe to use from several threads. It is the {@link CardRegistry} of its data directory.
 */
public final class ContentStore implements CardRegistry {
    /** The migration area of the content tables. */
    public static final String MIGRATIONS = "content";

    private final Database database;
    private final Jdbi jdbi;
    private final ContentChanges changes;
    private final ObjectMapper json = new ObjectMapper();
    private final StationRepository stations;
    private final CategoryRepository categories;
    private final ServiceItemRepository services;
    private final TierRepository tiers;
    private final PolicyRepository policies;
    private final MenuRepository menus;
    private final NoticeRepository notices;
    private final ResidentRepository residents;
    private final KioskResidentRepository kioskResidents;
    private final Replica replica;
    private final CardRepository cards;
    private final CardKeyRepository cardKeys;

    private ContentStore(Database database, Clock clock) {
        this.database = database;
        this.jdbi = database.jdbi();
        this.changes = new ContentChanges(jdbi, clock);
        this.stations = new StationRepository(jdbi, changes);
        this.categories = new CategoryRepository(jdbi, changes);
        this.services = new ServiceItemRepository(jdbi, changes);
        this.tiers = new TierRepository(jdbi, changes);
        this.policies = new PolicyRepository(jdbi, changes, json);
        this.menus = new MenuRepository(jdbi, changes, json);
        this.notices = new NoticeRepository(jdbi, changes);
        this.residents = new ResidentRepository(jdbi, changes);
        this.kioskResidents = new KioskResidentRepository(jdbi);
        this.replica = new Replica(this, database);
        this.cards = new CardRepository(jdbi, changes, clock);
        this.cardKeys = new CardKeyRepository(jdbi, changes);
    }

    /** The content store in {@code database}, its tables created or migrated first; the change log is in UTC. */
    public static ContentStore open(Database database) {
        return open(database, Clock.systemUTC());
    }

    /** The content store in {@code database}, its tables created or migrated first; {@code clock} stamps the change log. */
    public static ContentStore open(Database database, Clock clock) {
        try {
            database.migrate(MIGRATIONS);
            return new ContentStore(database, clock);
        } catch (ContentException | JdbiException e) {
            throw new ContentException("cannot open content store " + database.location() + ": " + e.getMessage(), e);
        }
    }

    /** The database this store keeps its tables in; other stores of the process keep theirs there too. */
    public Database database() {
        return database;
    }

    public StationRepository stations() {
        return stations;
    }

    public CategoryRepository categories() {
        return categories;
    }

    public ServiceItemRepository services() {
        return services;
    }

    public TierRepository tiers() {
        return tiers;
    }

    public PolicyRepository policies() {
        return policies;
    }

    public MenuRepository menus() {
        return menus;
    }

    public NoticeRepository notices() {
        return notices;
    }

    public ResidentRepository residents() {
        return residents;
    }

    /** The kiosk's masked copy of the residents (filled by sync; empty on the server). */
    public KioskResidentRepository kioskResidents() {
        return kioskResidents;
    }

    /** This store as a sync replica (kiosk side). */
    public Replica replica() {
        return replica;
    }

    public CardRepository cards() {
        return cards;
    }

    public CardKeyRepository cardKeys() {
        return cardKeys;
    }

    @Override
    public boolean isResidentRegistered(String residentId) {
        return residents.find(residentId).isPresent();
    }

    @Override
    public List<CardPublicKey> cardPublicKeys() {
        return cardKeys.all();
    }

    @Override
    public void saveCardPublicKey(CardPublicKey key) {
        cardKeys.save(key);
    }

    @Override
    public List<String> recordIssuedCard(ResidentCard card) {
        return cards.issue(card);
    }

    @Override
    public Optional<ResidentCard> issuedCard(String cardId) {
        return cards.find(cardId);
    }

    @Override
    public boolean revokeCard(String cardId, RevocationReason reason) {
        return cards.revoke(cardId, reason);
    }

    @Override
    public Set<String> revokedCardIds() {
        return cards.revokedIds();
    }

    public ContentChanges changes() {
        return changes;
    }

    /** A value from the store's key/value metadata table, e.g. when it was seeded. */
    public Optional<String> meta(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT value FROM meta WHERE key = ?")
                .bind(0, key).mapTo(String.class).findOne());
    }

    /** Sets a metadata value (not versioned: metadata is local to this store and never synced). */
    public void putMeta(String key, String value) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO meta (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value").bind(0, key).bind(1, value).execute());
    }

    /**
     * Runs {@code work} in one transaction over several repositories: all of it is committed, or none. Repository
     * calls made by {@code work} on this thread join the transaction (Jdbi reuses the open handle).
     */
    public void inTransaction(Runnable work) {
        jdbi.useTransaction(h -> work.run());
    }
}
