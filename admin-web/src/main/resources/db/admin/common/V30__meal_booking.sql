-- Meal booking (issue 8). Server-side only; never synced to kiosks.

-- The handler's answer to each event, returned again on a retry of the same event id.
ALTER TABLE kiosk_event ADD COLUMN result TEXT;

-- One row per client-generated booking id, refused ones included (so a retry gets the same answer).
CREATE TABLE meal_booking (
    id           TEXT PRIMARY KEY,
    canteen_id   TEXT NOT NULL,
    date         TEXT NOT NULL,                       -- ISO date of the meal
    meal         TEXT NOT NULL CHECK (meal IN ('LUNCH', 'DINNER')),
    set_code     TEXT NOT NULL,
    resident_id  TEXT,                                -- null: walk-in, pays the full price at the canteen
    tier_code    TEXT,                                -- the tier the price was set for (null: walk-in)
    delivery     INTEGER NOT NULL CHECK (delivery IN (0, 1)),
    station_id   TEXT,                                -- where it was booked
    kiosk_id     TEXT,                                -- null for a booking made on the admin site
    proxy_by     TEXT,                                -- username of the volunteer who booked on the resident's behalf
    status       TEXT NOT NULL CHECK (status IN ('CONFIRMED', 'REFUSED', 'CANCELLED')),
    number       INTEGER,                             -- 1, 2, ... per canteen, date and meal; null when refused
    price_fen    INTEGER,
    reason       TEXT,
    created_at   TEXT NOT NULL,
    cancelled_at TEXT,
    picked_up_at TEXT
);
CREATE INDEX meal_booking_by_meal ON meal_booking (canteen_id, date, meal, status);
CREATE INDEX meal_booking_by_resident ON meal_booking (resident_id, date);
CREATE UNIQUE INDEX meal_booking_number ON meal_booking (canteen_id, date, meal, number);

-- Where a resident's meals are delivered: personal data for advisors and admins; volunteers see it masked.
CREATE TABLE resident_address (
    resident_id TEXT PRIMARY KEY,
    address     TEXT NOT NULL
);
