-- The device and update reports of each kiosk's latest heartbeat, as the JSON the kiosk sent (DeviceReport and
-- UpdateReport), for the fleet page; null until a kiosk that reports them sends a heartbeat.
ALTER TABLE kiosk ADD COLUMN device_report TEXT;
ALTER TABLE kiosk ADD COLUMN update_report TEXT;
