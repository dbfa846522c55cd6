-- A kiosk's offline and back-online notices are claimed (*_told_at, renewed before each try) and then done (*_done_at)
-- once every escalation channel has had it or given up. A claim not done and not renewed for the watch's abandoned
-- time is taken over by another node, so a node that dies mid-notice does not lose it.
ALTER TABLE kiosk_offline_alert ADD COLUMN offline_done_at TEXT;
ALTER TABLE kiosk_offline_alert ADD COLUMN online_done_at TEXT;
-- Notices told before this migration are done.
UPDATE kiosk_offline_alert SET offline_done_at = offline_told_at WHERE offline_told_at IS NOT NULL;
UPDATE kiosk_offline_alert SET online_done_at = online_told_at WHERE online_told_at IS NOT NULL;
