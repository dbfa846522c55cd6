-- Families told of an alarm. Personal data, server only: never synced to kiosks.

-- The emergency contact's consent to be told of alarms, and how: channel SMS (to contact_phone through the SMS
-- gateway), EMAIL or WEBHOOK (notify_address holds the e-mail address or the URL). consent_at/consent_by: when and by
-- which staff account consent was last given or withdrawn.
ALTER TABLE resident_contact ADD COLUMN consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1));
ALTER TABLE resident_contact ADD COLUMN consent_at TEXT;
ALTER TABLE resident_contact ADD COLUMN consent_by TEXT;
ALTER TABLE resident_contact ADD COLUMN notify_channel TEXT CHECK (notify_channel IN ('SMS', 'EMAIL', 'WEBHOOK'));
ALTER TABLE resident_contact ADD COLUMN notify_address TEXT;

-- One message owed to one contact about one alarm: RAISED when the alarm came in, RESOLVED when it was closed. The
-- key makes it once per (alarm, contact, kind) whatever retries, nodes or restarts. The channel, address and masked
-- label are copied when the notice is owed. Times in *_ms are epoch milliseconds (compared); the others ISO-8601.
CREATE TABLE family_notice (
    alarm          BIGINT NOT NULL REFERENCES alarm (seq),
    contact_slot   INTEGER NOT NULL,                     -- the resident's contact (1: the one the editor keeps)
    kind           TEXT NOT NULL CHECK (kind IN ('RAISED', 'RESOLVED')),
    channel        TEXT NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'WEBHOOK')),
    address        TEXT NOT NULL,
    contact_label  TEXT NOT NULL,                        -- masked, e.g. 张*（女儿）: what the board shows
    state          TEXT NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    next_try_ms    BIGINT NOT NULL,
    claimed_by     TEXT,                                 -- the node sending it now, until claimed_until_ms
    claimed_until_ms BIGINT,
    created_at     TEXT NOT NULL,
    sent_at        TEXT,
    PRIMARY KEY (alarm, contact_slot, kind)
);
CREATE INDEX family_notice_due ON family_notice (state, next_try_ms);

-- Every try of a family notice and how it ended.
CREATE TABLE family_notice_attempt (
    alarm        BIGINT NOT NULL,
    contact_slot INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    attempt      INTEGER NOT NULL,
    at           TEXT NOT NULL,
    node         TEXT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('SENT', 'FAILED')),
    error        TEXT,
    PRIMARY KEY (alarm, contact_slot, kind, attempt),
    FOREIGN KEY (alarm, contact_slot, kind) REFERENCES family_notice (alarm, contact_slot, kind)
);
