-- The alarm's source is the kiosk's AlarmSource enum (KEY, BUTTON, VOICE); rows stored before were lower case.
UPDATE alarm SET source = UPPER(source);
ALTER TABLE alarm ADD CONSTRAINT alarm_source_enum CHECK (source IN ('KEY', 'BUTTON', 'VOICE'));
