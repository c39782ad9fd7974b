CREATE TABLE rota (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    first_date DATE         NOT NULL,
    last_date  DATE         NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    CONSTRAINT ck_rota__period CHECK (last_date >= first_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Shifts of a rota; shift_date is the local date the shift starts on, starts_at/ends_at are UTC instants.
-- employee_id is NULL for a shift the solver could not assign.
CREATE TABLE rota_shift (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL,
    rota_id           BIGINT      NOT NULL,
    employee_id       BIGINT      NULL,
    shift_template_id BIGINT      NOT NULL,
    shift_date        DATE        NOT NULL,
    starts_at         DATETIME(6) NOT NULL,
    ends_at           DATETIME(6) NOT NULL,
    pinned            BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_rota_shift__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE,
    CONSTRAINT fk_rota_shift__employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_rota_shift__shift_template FOREIGN KEY (shift_template_id) REFERENCES shift_template (id),
    CONSTRAINT ck_rota_shift__times CHECK (ends_at > starts_at),
    INDEX ix_rota_shift__rota_date (rota_id, shift_date),
    INDEX ix_rota_shift__employee (employee_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
