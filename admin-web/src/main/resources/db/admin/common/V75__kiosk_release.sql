-- Published kiosk releases: the jar itself is a file DATA/releases/VERSION.jar beside the database, never a row.
-- signature: base64 Ed25519 over "menkou-release v1\nVERSION\nSHA256\nSIZE\n" by the district release key.
-- stage: TEST (kiosks of test_station), PERCENT (those and percent % of all kiosks), ALL.
CREATE TABLE kiosk_release (
  version TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  signature TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  uploaded_by TEXT NOT NULL,
  stage TEXT NOT NULL CHECK (stage IN ('TEST', 'PERCENT', 'ALL')),
  percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
  test_station TEXT NOT NULL
);
