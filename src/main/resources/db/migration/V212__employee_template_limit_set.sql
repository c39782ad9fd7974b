-- The version of an employee's whole list of shift limits (replaced as one): two planners replacing it from the same
-- read cannot both pass. No row: version 0, nothing replaced yet.
CREATE TABLE employee_template_limit_set (
    employee_id BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL,
    CONSTRAINT fk_employee_template_limit_set__employee FOREIGN KEY (employee_id)
        REFERENCES employee (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
