-- Remote actions on kiosks from the fleet page: an admin asks, the kiosk fetches the pending ones and posts a result.
-- state: PENDING until the kiosk answers (DONE or FAILED) or it is too old (EXPIRED). result: plain text, bounded.
CREATE TABLE kiosk_command (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kiosk_id     TEXT NOT NULL REFERENCES kiosk (id),
    kind         TEXT NOT NULL CHECK (kind IN ('SCREEN', 'RESTART', 'SELF_TEST', 'RESYNC')),
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'EXPIRED')),
    result       TEXT CHECK (length(result) <= 8000),
    completed_at TEXT
);
CREATE INDEX kiosk_command_kiosk ON kiosk_command (kiosk_id, state, id);

-- Seconds of silence after which this kiosk counts as offline; null: the server's default (--offline-seconds).
ALTER TABLE kiosk ADD COLUMN offline_after_seconds INTEGER CHECK (offline_after_seconds > 0);

-- Escalation of offline alerts: set by the node that claimed telling the channels, so each is told once.
ALTER TABLE kiosk_offline_alert ADD COLUMN offline_told_at TEXT;
ALTER TABLE kiosk_offline_alert ADD COLUMN online_told_at TEXT;
