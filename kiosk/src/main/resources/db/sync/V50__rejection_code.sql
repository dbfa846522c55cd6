-- The code of a server's refusal of an event (the error of its 422, e.g. card_mismatch), which the kiosk words in
-- its resident's language; the reason column keeps the server's message for staff.
ALTER TABLE sync_outbox ADD COLUMN reason_code TEXT;
