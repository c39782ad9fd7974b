-- Payroll rule sets: one per collective agreement or accord; exactly one is active (the helpline's).
-- Shares are fractions written "1/10". absences_counting_as_worked and extra_holidays are comma-separated lists
-- (absence kinds; MM-dd days).
CREATE TABLE payroll_rule_set (
    id                                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                                BIGINT       NOT NULL,
    name                                   VARCHAR(200) NOT NULL,
    active                                 BOOLEAN      NOT NULL DEFAULT FALSE,
    legal_weekly_minutes                   INT          NOT NULL,
    week_start                             VARCHAR(10)  NOT NULL,
    overtime_first_tier_minutes            INT          NOT NULL,
    overtime_first_tier_rate_percent       INT          NOT NULL,
    overtime_second_tier_rate_percent      INT          NOT NULL,
    complementary_first_tier_share         VARCHAR(20)  NOT NULL,
    complementary_first_tier_rate_percent  INT          NOT NULL,
    complementary_cap_share                VARCHAR(20)  NOT NULL,
    complementary_second_tier_rate_percent INT          NOT NULL,
    absences_counting_as_worked            VARCHAR(200) NOT NULL,
    night_start                            TIME         NOT NULL,
    night_end                              TIME         NOT NULL,
    night_shift_minimum_night_minutes      INT          NOT NULL,
    straddling_week_policy                 VARCHAR(20)  NOT NULL,
    alsace_moselle                         BOOLEAN      NOT NULL,
    extra_holidays                         VARCHAR(500) NOT NULL,
    weeks_per_year                         INT          NOT NULL,
    months_per_year                        INT          NOT NULL,
    payroll_tool                           VARCHAR(100) NOT NULL,
    csv_decimal_separator                  CHAR(1)      NOT NULL,
    csv_date_pattern                       VARCHAR(30)  NOT NULL,
    CONSTRAINT uq_payroll_rule_set__name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The payroll code (rubrique) each category is exported under, for the rule set's payroll tool.
CREATE TABLE payroll_rule_set_code (
    rule_set_id BIGINT      NOT NULL,
    pay_item    VARCHAR(40) NOT NULL,
    code        VARCHAR(20) NOT NULL,
    PRIMARY KEY (rule_set_id, pay_item),
    CONSTRAINT fk_payroll_rule_set_code__rule_set FOREIGN KEY (rule_set_id) REFERENCES payroll_rule_set (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An employee's actual time; start_time/end_time hold UTC instants. published_shift_id links an entry imported
-- from a published shift (unique: importing twice creates nothing new).
CREATE TABLE time_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version            BIGINT       NOT NULL,
    employee_id        BIGINT       NOT NULL,
    start_time         DATETIME(6)  NOT NULL,
    end_time           DATETIME(6)  NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    absence_kind       VARCHAR(20)  NULL,
    status             VARCHAR(20)  NOT NULL,
    rota_id            BIGINT       NULL,
    rota_version       INT          NULL,
    published_shift_id BIGINT       NULL,
    planned_start      DATETIME(6)  NULL,
    planned_end        DATETIME(6)  NULL,
    note               VARCHAR(500) NULL,
    CONSTRAINT uq_time_entry__published_shift_id UNIQUE (published_shift_id),
    CONSTRAINT fk_time_entry__employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT ck_time_entry__times CHECK (end_time > start_time),
    INDEX ix_time_entry__employee_start (employee_id, start_time),
    INDEX ix_time_entry__start (start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Payroll months (yyyy-MM) that left the OPEN state, and every state change with who, when and why.
CREATE TABLE payroll_month (
    month  CHAR(7)     NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payroll_month_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    month       CHAR(7)      NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    skill_id    BIGINT       NULL,
    actor       VARCHAR(100) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    reason      VARCHAR(500) NULL,
    INDEX ix_payroll_month_event__month (month, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
