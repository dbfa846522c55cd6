-- Resident cards (issue 6). Numbered 10 so that other schema work can take 2-9 meanwhile.

-- Cards issued by the admin server. Server-side only: kiosks never receive this table (it links cards to residents).
-- No foreign key to resident: a card's history outlives the resident record; removing a resident revokes their cards.
CREATE TABLE card (
    id          TEXT PRIMARY KEY,           -- 16 characters 0-9A-Z, random
    resident_id TEXT NOT NULL,
    issued_on   TEXT NOT NULL,              -- ISO date
    expires_on  TEXT NOT NULL,              -- ISO date, inclusive
    issued_at   TEXT NOT NULL               -- ISO instant
);
CREATE INDEX card_by_resident ON card (resident_id);

-- The revocation list kiosks sync (content_change entity CARD_REVOCATION, entity_id = card id). No foreign key to
-- card: a kiosk has revocations without cards.
CREATE TABLE card_revocation (
    card_id    TEXT PRIMARY KEY,
    revoked_on TEXT NOT NULL,               -- ISO date
    reason     TEXT NOT NULL CHECK (reason IN ('REPLACED', 'LOST', 'WITHDRAWN'))
);

-- Public keys that sign cards (content_change entity CARD_KEY, entity_id = fingerprint). Private keys are files.
CREATE TABLE card_key (
    id         TEXT PRIMARY KEY,            -- fingerprint: 16 hex digits of SHA-256 of the encoded key
    public_key TEXT NOT NULL,               -- Base64 of the X.509 SubjectPublicKeyInfo
    created_on TEXT NOT NULL                -- ISO date
);
