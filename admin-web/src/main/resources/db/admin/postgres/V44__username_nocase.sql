-- Usernames are unique and looked up ignoring case (UserStore stores them in lower case).
UPDATE web_user SET username = lower(username)
WHERE NOT EXISTS (SELECT 1 FROM web_user other WHERE other.id <> web_user.id AND lower(other.username) = lower(web_user.username));
CREATE UNIQUE INDEX web_user_username_nocase ON web_user (lower(username));
