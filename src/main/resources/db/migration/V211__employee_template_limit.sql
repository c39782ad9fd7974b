-- The most shifts of one template an employee may work in a rota period (hard constraint "Maximum shifts of a
-- type"); 0 keeps the template out of the employee's rota altogether. No row: no maximum.
CREATE TABLE employee_template_limit (
    employee_id       BIGINT NOT NULL,
    shift_template_id BIGINT NOT NULL,
    max_per_period    INT    NOT NULL,
    PRIMARY KEY (employee_id, shift_template_id),
    CONSTRAINT fk_employee_template_limit__employee FOREIGN KEY (employee_id)
        REFERENCES employee (id) ON DELETE CASCADE,
    CONSTRAINT fk_employee_template_limit__shift_template FOREIGN KEY (shift_template_id)
        REFERENCES shift_template (id) ON DELETE CASCADE,
    CONSTRAINT ck_employee_template_limit__max CHECK (max_per_period >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
