-- A secret link through which a calendar application reads one account's published shifts without signing in.
-- Only the SHA-256 of the link's token is kept: a copy of the database does not give anyone's shifts away.
CREATE TABLE calendar_feed (
    app_user_id  BIGINT      NOT NULL PRIMARY KEY,
    token_sha256 CHAR(64)    NOT NULL,
    issued_at    DATETIME(6) NOT NULL,
    CONSTRAINT uq_calendar_feed__token UNIQUE (token_sha256),
    CONSTRAINT fk_calendar_feed__app_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
