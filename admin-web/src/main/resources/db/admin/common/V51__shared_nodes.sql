-- What several admin nodes on one database share beyond the tables before: the login throttle, the lease that picks
-- the node doing the singleton work, and the alarm board's change marker. Instants are ISO-8601 UTC text with
-- exactly three fraction digits where they are compared as text (updated_at, expires_at).

-- Failed logins within the throttle's window, per key: the SHA-256 of "ip:ADDRESS" or "pair:ADDRESS\nUSERNAME"
-- (what was typed is not kept). failures: the counted attempts' instants, oldest first, separated by spaces.
CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    failures     TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX login_throttle_by_age ON login_throttle (updated_at);

-- A lease per kind of singleton work: held by the node named in holder until expires_at, renewed while it lives.
CREATE TABLE node_lease (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    acquired_at TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

-- The alarm board's newest change of each kind (alarm, escalation, offline, selftest): version counts the changes,
-- seq is the newest one's alarm (or 0). Nodes that missed a wake-up see the version move.
CREATE TABLE board_change (
    kind    TEXT PRIMARY KEY,
    seq     INTEGER NOT NULL,
    version INTEGER NOT NULL
);

-- At most one open "终端离线" alert per kiosk, even if two nodes review supervision at once.
UPDATE kiosk_offline_alert SET cleared_at = raised_at
WHERE cleared_at IS NULL
  AND id NOT IN (SELECT MIN(id) FROM kiosk_offline_alert WHERE cleared_at IS NULL GROUP BY kiosk_id);
CREATE UNIQUE INDEX kiosk_offline_one_open ON kiosk_offline_alert (kiosk_id) WHERE cleared_at IS NULL;
