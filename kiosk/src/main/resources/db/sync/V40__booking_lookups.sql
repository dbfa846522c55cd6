-- Bookings are looked up by booking id and by resident without decoding every event; delivered events are pruned
-- by age (created_at).
CREATE INDEX sync_outbox_by_booking ON sync_outbox (type, json_extract(payload, '$.bookingId'));
CREATE INDEX sync_outbox_by_resident ON sync_outbox (type, json_extract(payload, '$.residentId'));
CREATE INDEX sync_outbox_by_age ON sync_outbox (state, created_at);
