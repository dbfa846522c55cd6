-- The kiosk suggests policies by minimum age offline; it needs the birth year (a year only), see KioskResident.
ALTER TABLE kiosk_resident ADD COLUMN birth_year INTEGER;
