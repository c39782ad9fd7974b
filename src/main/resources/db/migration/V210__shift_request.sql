-- An employee's wish to work (ON) or not to work (OFF) on a local date: a given shift template, or any shift when
-- shift_template_id is NULL. The solver's soft constraints "Shift-on request" / "Shift-off request" weigh it.
-- template_key makes "any shift" (NULL) count as one value, so the unique key refuses a second request for the same
-- employee, date and template (or "any") whatever its kind.
CREATE TABLE shift_request (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    employee_id       BIGINT       NOT NULL,
    request_date      DATE         NOT NULL,
    shift_template_id BIGINT       NULL,
    template_key      BIGINT AS (COALESCE(shift_template_id, 0)) PERSISTENT,
    kind              VARCHAR(3)   NOT NULL,
    weight            INT          NOT NULL DEFAULT 1,
    note              VARCHAR(500) NULL,
    CONSTRAINT uq_shift_request__date UNIQUE (employee_id, request_date, template_key),
    CONSTRAINT fk_shift_request__employee FOREIGN KEY (employee_id) REFERENCES employee (id) ON DELETE CASCADE,
    CONSTRAINT fk_shift_request__shift_template FOREIGN KEY (shift_template_id)
        REFERENCES shift_template (id) ON DELETE CASCADE,
    CONSTRAINT ck_shift_request__kind CHECK (kind IN ('ON', 'OFF')),
    CONSTRAINT ck_shift_request__weight CHECK (weight BETWEEN 1 AND 100),
    INDEX ix_shift_request__date (request_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
