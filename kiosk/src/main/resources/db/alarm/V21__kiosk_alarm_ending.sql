-- How a call was ended at the kiosk (STAFF_PIN or CONFIRMED_CHOICE); null while it was not ended here.
ALTER TABLE kiosk_alarm ADD COLUMN ended_by TEXT;
