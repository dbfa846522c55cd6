-- Monthly subsidy settlement (资金结算). Instants are ISO-8601 UTC text; amounts are integer fen.

-- The set's full price when the booking was taken, so a month settles after its menus are gone or edited.
-- Null for bookings taken before this column existed (settlement then reads the menu).
ALTER TABLE meal_booking ADD COLUMN base_price_fen INTEGER;

-- Changes of a resident's subsidy tier or home station, creation and deletion, as the admin site saved them, so a
-- meal is priced by the tier the resident had on its day. prev_*: the record before the change (null when created);
-- tier_code/home_station_id: after it (null when deleted).
CREATE TABLE resident_history (
    id                   TEXT PRIMARY KEY,
    resident_id          TEXT NOT NULL,
    changed_at           TEXT NOT NULL,
    tier_code            TEXT,
    home_station_id      TEXT,
    prev_tier_code       TEXT,
    prev_home_station_id TEXT,
    deleted              INTEGER NOT NULL CHECK (deleted IN (0, 1))
);
CREATE INDEX resident_history_by_resident ON resident_history (resident_id, changed_at);

-- A closed month of one canteen: the statement as it stood when it was closed (JSON), never recomputed.
CREATE TABLE settlement_close (
    canteen_id     TEXT NOT NULL,
    month          TEXT NOT NULL,                   -- YYYY-MM
    statement_json TEXT NOT NULL,
    closed_at      TEXT NOT NULL,
    closed_by      TEXT NOT NULL,
    PRIMARY KEY (canteen_id, month)
);

-- Corrections to a closed month, each its own line (positive: the street owes more).
CREATE TABLE settlement_adjustment (
    id         TEXT PRIMARY KEY,
    canteen_id TEXT NOT NULL,
    month      TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    FOREIGN KEY (canteen_id, month) REFERENCES settlement_close (canteen_id, month)
);
CREATE INDEX settlement_adjustment_by_month ON settlement_adjustment (canteen_id, month);
