-- What a closed month was classified with besides its (locked) time entries: the rule set then active and each
-- employee's identity and contract hours then, so that its figures cannot move when a contract, an employee or the
-- active rule set changes afterwards. Written on closing, removed on reopening.
ALTER TABLE payroll_month
    ADD COLUMN closed_rule_set_id BIGINT NULL,
    ADD CONSTRAINT fk_payroll_month__closed_rule_set FOREIGN KEY (closed_rule_set_id) REFERENCES payroll_rule_set (id);

CREATE TABLE payroll_month_employee (
    month                   CHAR(7)      NOT NULL,
    employee_id             BIGINT       NOT NULL,
    payroll_number          VARCHAR(50)  NOT NULL,
    first_name              VARCHAR(100) NOT NULL,
    last_name               VARCHAR(100) NOT NULL,
    contract_weekly_minutes INT          NOT NULL,
    PRIMARY KEY (month, employee_id),
    CONSTRAINT fk_payroll_month_employee__month FOREIGN KEY (month) REFERENCES payroll_month (month)
        ON DELETE CASCADE,
    CONSTRAINT fk_payroll_month_employee__employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
