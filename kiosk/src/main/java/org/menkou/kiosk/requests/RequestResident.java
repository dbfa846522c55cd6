package org.menkou.kiosk.requests;

import java.util.Optional;
import org.menkou.kiosk.session.IdentifiedResident;

/**
 * Who is asking at the kiosk, as the request screens need it: the resident identified by their card (with the card's
 * signed payload, sent for the server to verify), or nobody (a walk-in, who can only come to the station). Called
 * on the UI thread; must return fast.
 */
public interface RequestResident {
    /** Nobody identified: every request is a walk-in's. */
    RequestResident WALK_IN = new RequestResident() {
        @Override
        public Optional<IdentifiedResident> resident() {
            return Optional.empty();
        }

        @Override
        public Optional<String> card() {
            return Optional.empty();
        }
    };

    Optional<IdentifiedResident> resident();

    /** The signed payload of the card the resident scanned; empty for a walk-in. */
    Optional<String> card();
}
