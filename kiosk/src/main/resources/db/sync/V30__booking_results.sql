-- Meal booking (issue 8): the server's answer to each delivered event (JSON, e.g. a booking's outcome), and a
-- lookup of events by type (a kiosk lists its bookings from the outbox).
ALTER TABLE sync_outbox ADD COLUMN result TEXT;
CREATE INDEX sync_outbox_by_type ON sync_outbox (type, seq);
