package org.menkou.content.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.menkou.content.ContentException;
import org.menkou.content.card.CardPublicKey;
import org.menkou.content.card.CardRegistry;
import org.menkou.content.card.ResidentCard;
import org.menkou.content.card.RevocationReason;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The content store: one SQLite file in WAL mode with foreign keys on and a busy timeout, its schema brought up to
 * date by Flyway when opened. Repositories open a connection per call and close it before returning
 * ({@code Jdbi.withHandle}); nothing here holds a connection between calls, so there is nothing to close.
 * Safe to use from several threads. It is the {@link CardRegistry} of its data directory.
 */
public final class ContentStore implements CardRegistry {
    /** Name of the database file inside a data directory. */
    public static final String FILE_NAME = "menkou.db";
    static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
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

    private ContentStore(Path file, SQLiteDataSource dataSource, Clock clock) {
        this.file = file;
        this.jdbi = Jdbi.create(dataSource);
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
        this.replica = new Replica(this, jdbi);
        this.cards = new CardRepository(jdbi, changes, clock);
        this.cardKeys = new CardKeyRepository(jdbi, changes);
    }

    /** Opens (creating if needed) the store in {@code dataDir}/{@value #FILE_NAME} and migrates it. */
    public static ContentStore openIn(Path dataDir) {
        return open(dataDir.resolve(FILE_NAME), Clock.systemUTC());
    }

    /** Opens (creating if needed) the SQLite file {@code file} and migrates it; {@code clock} stamps the change log. */
    public static ContentStore open(Path file, Clock clock) {
        try {
            SQLiteDataSource dataSource = dataSource(file);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/content")
                    .table("schema_history_content")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            return new ContentStore(file, dataSource, clock);
        } catch (FlywayException | JdbiException e) {
            throw new ContentException("cannot open content store " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A data source for {@code file} with the connection settings every Menkou database uses: WAL journal, foreign
     * keys enforced, a busy timeout of {@value #BUSY_TIMEOUT_MS} ms, synchronous NORMAL (a power cut may lose the
     * last commits, never corrupt the file). Other modules open their own tables in the same file through this. The
     * file is created (mode 0600, its directory 0700, see {@link DataDirectory}) if it does not exist.
     */
    public static SQLiteDataSource dataSource(Path file) {
        return dataSource(file, SQLiteConfig.SynchronousMode.NORMAL);
    }

    /**
     * Like {@link #dataSource(Path)} but every connection commits with {@code synchronous}; FULL makes a commit
     * survive a power cut once it returns (one more fsync of the WAL per commit).
     */
    public static SQLiteDataSource dataSource(Path file, SQLiteConfig.SynchronousMode synchronous) {
        DataDirectory.privateFile(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(synchronous);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    public Path file() {
        return file;
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
