-- Alarms raised at this kiosk, written (synchronous FULL) before anything else happens, kept until the server says
-- the alarm is resolved or cancelled. The kiosk's own alarm outbox: never synced as content.
CREATE TABLE kiosk_alarm (
    id                  TEXT PRIMARY KEY,          -- generated here (UUID); the server stores each id once
    kiosk_id            TEXT,                      -- this kiosk's id when known (the server knows it by the token)
    station_id          TEXT,
    resident_id         TEXT,                      -- opaque id of the identified resident, or null
    source              TEXT NOT NULL,             -- button, key, voice
    pressed_at          TEXT NOT NULL,
    delivered_at        TEXT,                      -- when the server acknowledged receipt
    server_state        TEXT,                      -- OPEN, ACKNOWLEDGED, RESOLVED, CANCELLED as last heard
    escalated           INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    cancel_requested_at TEXT,                      -- staff entered the PIN here
    cancel_delivered_at TEXT,
    finished            INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1))
);
CREATE INDEX kiosk_alarm_open ON kiosk_alarm (finished, pressed_at);
