-- Kiosk side of sync: events waiting to be delivered to the server, oldest first.
-- state: PENDING until the server acknowledges (DELIVERED) or refuses it for good (REJECTED, with a reason).
CREATE TABLE sync_outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    type       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    payload    TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'REJECTED')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    server_id  INTEGER,
    reason     TEXT
);
CREATE INDEX sync_outbox_pending ON sync_outbox (state, seq);
