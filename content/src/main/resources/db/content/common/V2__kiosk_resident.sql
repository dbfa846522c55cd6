-- The kiosk's copy of the residents: only what a kiosk needs (opaque id, masked name, tier, home station).
-- Filled by sync on kiosks; empty on the server, which keeps full records in `resident`.
CREATE TABLE kiosk_resident (
    id              TEXT PRIMARY KEY,
    masked_name     TEXT NOT NULL,
    tier_code       TEXT NOT NULL,
    home_station_id TEXT NOT NULL
);
