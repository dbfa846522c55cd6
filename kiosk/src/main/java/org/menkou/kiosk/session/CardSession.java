package org.menkou.kiosk.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.menkou.content.KioskResident;
import org.menkou.content.Policy;
import org.menkou.content.SubsidyTier;
import org.menkou.content.card.CardCheck;
import org.menkou.content.card.CardVerifier;
import org.menkou.content.store.ContentStore;
import org.menkou.kiosk.screen.HomeSession;
import org.menkou.kiosk.screen.Ui;
import org.menkou.voice.VoiceLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resident session of a kiosk, started by scanning a resident card. Cards are verified offline with the keys and
 * revocations in the kiosk's store ({@link #reloadKeys} after every sync round); the resident comes from the synced
 * masked residents ({@code kiosk_resident}), or on a data directory made by {@code init} (no sync) from the local
 * residents, masked. The scanned text is never logged or kept; only the kind of a scan is logged.
 *
 * <p>{@link #scan}, {@link #end}, {@link #current}, {@link #maskedName} and {@link #takeFarewell} run on the UI thread;
 * {@link #reloadKeys} may run on any thread (the sync thread).
 */
public final class CardSession implements ResidentSession, HomeSession {
    /** Said and shown on the home screen when a resident ends their session (in Chinese). */
    public static final String GOODBYE = Ui.SESSION_GOODBYE.in(VoiceLanguage.ZH_CN);
    private static final Logger LOG = LoggerFactory.getLogger(CardSession.class);

    /** What one scan led to: the identified resident, or (when empty) why not. */
    record ScanOutcome(Optional<IdentifiedResident> resident, ScanRefusal refusal) {
        static ScanOutcome refused(ScanRefusal why) {
            return new ScanOutcome(Optional.empty(), why);
        }
    }

    private final ContentStore store;
    private final Clock clock;
    private final AtomicReference<Optional<CardVerifier>> verifier = new AtomicReference<>(Optional.empty());
    private KioskResident current;
    private IdentifiedResident identified;
    private String card;
    private boolean farewellDue;
    private Runnable whenEnded = () -> { };

    public CardSession(ContentStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        reloadKeys();
    }

    /**
     * Runs {@code listener} (on the UI thread) each time a session ends, however it ends: the resident finished, idle
     * timeout, or another scan. Replaces the listener set before.
     */
    public void whenEnded(Runnable listener) {
        this.whenEnded = listener;
    }

    /** Rebuilds the verifier from the store's public keys and revocation list. Any thread. */
    public void reloadKeys() {
        verifier.set(store.cardKeys().all().isEmpty() ? Optional.empty()
                : Optional.of(CardVerifier.fromStore(store, clock)));
    }

    /**
     * Classifies a scanned text. A valid card of a known resident starts their session (ending anyone else's, without
     * a goodbye); any other scan ends the session in progress, since someone else may be at the kiosk now.
     */
    ScanOutcome scan(String text) {
        dropSession();
        Optional<CardVerifier> v = verifier.get();
        if (v.isEmpty()) {
            LOG.info("card scan refused: no card-signing key synced yet");
            return ScanOutcome.refused(ScanRefusal.NO_KEY);
        }
        CardCheck check = v.get().check(text);
        LOG.info("card scan: {}", check.kind().label());
        if (check.residentId().isEmpty()) {
            return ScanOutcome.refused(ScanRefusal.of(check.kind()));
        }
        Optional<KioskResident> who = lookUp(check.residentId().get());
        if (who.isEmpty()) {
            LOG.info("card scan: valid card of a resident this kiosk does not know");
            return ScanOutcome.refused(ScanRefusal.UNKNOWN_RESIDENT);
        }
        current = who.get();
        card = text;
        identified = new IdentifiedResident(current.id(), current.maskedName(), current.tierCode(),
                tierName(current.tierCode()), current.homeStationId());
        return new ScanOutcome(Optional.of(identified), null);
    }

    @Override
    public Optional<IdentifiedResident> current() {
        return Optional.ofNullable(identified);
    }

    @Override
    public Optional<String> maskedName() {
        return current().map(IdentifiedResident::maskedName);
    }

    /** Ends the session, if one is open; the home screen then says {@link #GOODBYE} once. */
    @Override
    public void end() {
        if (identified != null) {
            farewellDue = true;
        }
        dropSession();
    }

    /** True once after {@link #end} ended a session: the goodbye is owed. */
    @Override
    public boolean takeFarewell() {
        boolean due = farewellDue;
        farewellDue = false;
        return due;
    }

    /** The policies likely for the identified resident (see {@link LikelyPolicies}); empty without a session. */
    public List<Policy> likelyPolicies() {
        if (current == null) {
            return List.of();
        }
        return LikelyPolicies.among(store.policies().all(), current, LocalDate.now(clock));
    }

    /** The signed payload of the identified resident's card, as scanned; empty without a session. UI thread. */
    public Optional<String> card() {
        return Optional.ofNullable(card);
    }

    private void dropSession() {
        boolean open = identified != null;
        card = null;
        current = null;
        identified = null;
        if (open) {
            whenEnded.run();
        }
    }

    private Optional<KioskResident> lookUp(String residentId) {
        Optional<KioskResident> synced = store.kioskResidents().find(residentId);
        if (synced.isPresent() || !store.kioskResidents().all().isEmpty()) {
            return synced;
        }
        // A data directory made by 'init' has no synced residents, only the local records: mask them here.
        return store.residents().find(residentId).map(KioskResident::of);
    }

    private String tierName(String code) {
        return store.tiers().all().stream().filter(t -> t.code().equals(code)).map(SubsidyTier::name)
                .findFirst().orElse(code);
    }
}
