-- The alarm's source is the kiosk's AlarmSource enum (KEY, BUTTON, VOICE); rows stored before were lower case.
-- SQLite cannot add a CHECK to an existing column, so triggers keep the column to the enum's names.
UPDATE alarm SET source = UPPER(source);

CREATE TRIGGER alarm_source_insert BEFORE INSERT ON alarm
WHEN NEW.source NOT IN ('KEY', 'BUTTON', 'VOICE')
BEGIN
    SELECT RAISE(ABORT, 'alarm.source must be KEY, BUTTON or VOICE');
END;

CREATE TRIGGER alarm_source_update BEFORE UPDATE OF source ON alarm
WHEN NEW.source NOT IN ('KEY', 'BUTTON', 'VOICE')
BEGIN
    SELECT RAISE(ABORT, 'alarm.source must be KEY, BUTTON or VOICE');
END;
