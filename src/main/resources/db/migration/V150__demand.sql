CREATE TABLE shift_template (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    name             VARCHAR(100) NOT NULL,
    code             VARCHAR(20)  NOT NULL,
    start_time       TIME         NOT NULL,
    duration_minutes INT          NOT NULL,
    skill_id         BIGINT       NOT NULL,
    CONSTRAINT uq_shift_template__code UNIQUE (code),
    CONSTRAINT fk_shift_template__skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT ck_shift_template__duration CHECK (duration_minutes > 0 AND duration_minutes <= 1440)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "successor may not be worked on the day after shift_template" (e.g. no morning after a night).
CREATE TABLE shift_template_forbidden_successor (
    shift_template_id BIGINT NOT NULL,
    successor_id      BIGINT NOT NULL,
    PRIMARY KEY (shift_template_id, successor_id),
    CONSTRAINT fk_forbidden_successor__template FOREIGN KEY (shift_template_id)
        REFERENCES shift_template (id) ON DELETE CASCADE,
    CONSTRAINT fk_forbidden_successor__successor FOREIGN KEY (successor_id)
        REFERENCES shift_template (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A weekly pattern row (days set) or a row for one date (on_date set); end_time <= start_time ends next day.
CREATE TABLE staffing_need (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT      NOT NULL,
    skill_id   BIGINT      NOT NULL,
    days       VARCHAR(10) NULL,
    on_date    DATE        NULL,
    start_time TIME        NOT NULL,
    end_time   TIME        NOT NULL,
    required   INT         NOT NULL,
    CONSTRAINT fk_staffing_need__skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    CONSTRAINT ck_staffing_need__days_or_date CHECK ((days IS NULL) <> (on_date IS NULL)),
    CONSTRAINT ck_staffing_need__required CHECK (required >= 0),
    INDEX ix_staffing_need__skill (skill_id),
    INDEX ix_staffing_need__on_date (on_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A date staffed like another day of the week (a public holiday like a Sunday).
CREATE TABLE day_override (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    override_date DATE         NOT NULL,
    staffed_as    VARCHAR(10)  NOT NULL,
    reason        VARCHAR(200) NULL,
    CONSTRAINT uq_day_override__override_date UNIQUE (override_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
