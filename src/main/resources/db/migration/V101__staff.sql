CREATE TABLE skill (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL,
    code    VARCHAR(50)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT uq_skill__code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contract (
    id                              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                         BIGINT       NOT NULL,
    name                            VARCHAR(200) NOT NULL,
    weekly_minutes                  INT          NOT NULL,
    daily_max_minutes               INT          NOT NULL,
    min_rest_between_shifts_minutes INT          NOT NULL,
    weekly_max_minutes              INT          NOT NULL,
    twelve_week_average_max_minutes INT          NOT NULL,
    weekly_rest_minutes             INT          NOT NULL,
    max_working_days_per_week       INT          NOT NULL,
    max_consecutive_working_days    INT          NOT NULL,
    min_consecutive_working_days    INT          NOT NULL,
    min_consecutive_days_off        INT          NOT NULL,
    max_worked_weekends_per_period  INT          NULL,
    night_work_allowed              BOOLEAN      NOT NULL,
    night_worker_daily_max_minutes  INT          NOT NULL,
    min_minutes_per_period          INT          NULL,
    max_minutes_per_period          INT          NULL,
    CONSTRAINT uq_contract__name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employee (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    payroll_number   VARCHAR(50)  NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NULL,
    contract_id      BIGINT       NOT NULL,
    employment_start DATE         NOT NULL,
    employment_end   DATE         NULL,
    CONSTRAINT uq_employee__payroll_number UNIQUE (payroll_number),
    CONSTRAINT fk_employee__contract FOREIGN KEY (contract_id) REFERENCES contract (id),
    INDEX ix_employee__name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employee_skill (
    employee_id BIGINT NOT NULL,
    skill_id    BIGINT NOT NULL,
    PRIMARY KEY (employee_id, skill_id),
    CONSTRAINT fk_employee_skill__employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE,
    CONSTRAINT fk_employee_skill__skill FOREIGN KEY (skill_id) REFERENCES skill (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- start_time/end_time hold UTC instants.
CREATE TABLE availability (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    employee_id BIGINT       NOT NULL,
    start_time  DATETIME(6)  NOT NULL,
    end_time    DATETIME(6)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    reason      VARCHAR(20)  NULL,
    note        VARCHAR(500) NULL,
    CONSTRAINT fk_availability__employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE,
    INDEX ix_availability__employee_start (employee_id, start_time),
    INDEX ix_availability__start (start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE app_user
    ADD CONSTRAINT fk_app_user__employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE SET NULL;
