-- Feedback answers are looked up by what they rate (asked once per meal or request).
CREATE INDEX sync_outbox_by_subject ON sync_outbox (type, json_extract(payload, '$.subjectId'));
