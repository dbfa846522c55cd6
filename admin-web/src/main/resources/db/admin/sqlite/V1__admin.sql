-- Server-side tables of the admin site and the kiosk API. Never synced to kiosks.

CREATE TABLE web_user (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    username             TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('VOLUNTEER', 'ADVISOR', 'ADMIN')),
    station_id           TEXT,                       -- volunteers: the station whose content they edit
    password_hash        TEXT NOT NULL,              -- bcrypt
    must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
    disabled             INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at           TEXT NOT NULL
);

-- Login sessions; the cookie holds a random token, only its SHA-256 is stored.
CREATE TABLE web_session (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES web_user (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- Who changed what and when, with the entity before and after (JSON; null when created or deleted).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);

-- Personal data kiosks never need.
CREATE TABLE resident_contact (
    resident_id   TEXT PRIMARY KEY,
    contact_name  TEXT NOT NULL,
    relation      TEXT NOT NULL,
    contact_phone TEXT NOT NULL
);

-- Registered kiosks; the token is shown once, only its SHA-256 is stored.
CREATE TABLE kiosk (
    id                    TEXT PRIMARY KEY,
    station_id            TEXT NOT NULL,
    label                 TEXT NOT NULL,
    token_hash            TEXT NOT NULL UNIQUE,
    registered_at         TEXT NOT NULL,
    registered_by         TEXT NOT NULL,
    revoked               INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    last_heartbeat        TEXT,
    content_version       INTEGER,
    app_version           TEXT,
    voice_model_installed INTEGER,
    voice_status          TEXT
);

-- Events pushed by kiosks, each stored once per (kiosk, client id).
CREATE TABLE kiosk_event (
    server_id   INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id    TEXT NOT NULL REFERENCES kiosk (id),
    event_id    TEXT NOT NULL,
    type        TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    payload     TEXT NOT NULL,
    UNIQUE (kiosk_id, event_id)
);
CREATE INDEX kiosk_event_by_type ON kiosk_event (kiosk_id, type, server_id);
