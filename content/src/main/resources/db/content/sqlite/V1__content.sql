-- Kiosk-visible content. Every write also appends to content_change (see ContentChanges).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE station (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('CENTRE', 'STATION', 'CANTEEN')),
    name          TEXT NOT NULL,
    address       TEXT NOT NULL,
    opening_hours TEXT NOT NULL,
    phone         TEXT NOT NULL,
    parent_id     TEXT REFERENCES station (id)
);

CREATE TABLE service_category (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    summary    TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE service_item (
    id           TEXT PRIMARY KEY,
    category_id  TEXT NOT NULL REFERENCES service_category (id),
    name         TEXT NOT NULL,
    summary      TEXT NOT NULL,
    eligibility  TEXT NOT NULL,
    fees         TEXT NOT NULL,
    provides     TEXT NOT NULL,
    hours        TEXT NOT NULL,
    provider     TEXT NOT NULL,
    how_to_apply TEXT NOT NULL,
    location     TEXT NOT NULL,
    phone        TEXT NOT NULL,
    sort_order   INTEGER NOT NULL
);
CREATE INDEX service_item_by_category ON service_item (category_id, sort_order);

CREATE TABLE service_item_station (
    item_id    TEXT NOT NULL REFERENCES service_item (id) ON DELETE CASCADE,
    station_id TEXT NOT NULL REFERENCES station (id),
    PRIMARY KEY (item_id, station_id)
);

CREATE TABLE policy (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    summary        TEXT NOT NULL,
    min_age        INTEGER,
    residence      TEXT NOT NULL CHECK (residence IN ('HUKOU', 'RESIDENCE_PERMIT', 'ANY')),
    economic       TEXT NOT NULL,           -- comma-separated EconomicStatus names, '' for none
    min_care_level INTEGER,
    living_alone   INTEGER NOT NULL CHECK (living_alone IN (0, 1)),
    benefits       TEXT NOT NULL,
    how_to_apply   TEXT NOT NULL,
    documents      TEXT NOT NULL,           -- JSON array of strings
    where_to_ask   TEXT NOT NULL,
    sort_order     INTEGER NOT NULL
);

CREATE TABLE policy_question (
    policy_id  TEXT NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    expect_yes INTEGER NOT NULL CHECK (expect_yes IN (0, 1)),
    PRIMARY KEY (policy_id, position)
);

CREATE TABLE subsidy_tier (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    sort_order INTEGER NOT NULL
);

CREATE TABLE canteen_menu (
    id         TEXT PRIMARY KEY,            -- canteen/date/meal
    canteen_id TEXT NOT NULL REFERENCES station (id),
    menu_date  TEXT NOT NULL,               -- ISO date
    meal       TEXT NOT NULL CHECK (meal IN ('LUNCH', 'DINNER')),
    cutoff     TEXT NOT NULL,               -- HH:MM on menu_date
    serve_from TEXT NOT NULL,               -- HH:MM
    quota      INTEGER NOT NULL CHECK (quota >= 0),
    sets       TEXT NOT NULL,               -- JSON array of set menus
    UNIQUE (canteen_id, menu_date, meal)
);
CREATE INDEX canteen_menu_by_date ON canteen_menu (menu_date);

CREATE TABLE notice (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('NOTICE', 'ACTIVITY')),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    station_id TEXT REFERENCES station (id),
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL
);

CREATE TABLE resident (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    birth_year      INTEGER NOT NULL,
    tier_code       TEXT NOT NULL REFERENCES subsidy_tier (code),
    home_station_id TEXT NOT NULL REFERENCES station (id)
);

-- The content version log: one row per change, version = row id (monotonic, never reused).
-- op 'DELETE' rows are the tombstones kiosks apply when syncing.
CREATE TABLE content_change (
    version    INTEGER PRIMARY KEY AUTOINCREMENT,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('UPSERT', 'DELETE')),
    changed_at TEXT NOT NULL
);
CREATE INDEX content_change_by_entity ON content_change (entity, entity_id, version);
