-- Why a booking was refused, as a code kiosks word in their resident's language (e.g. quota_full); reason keeps
-- the Chinese sentence shown on the admin site and by kiosks that do not know the code.
ALTER TABLE meal_booking ADD COLUMN refusal TEXT;
