-- A closed month keeps each employee's employment end too: with weeks reported in the month they end in, a leaver's
-- last week is reported in the month they leave, so a closed month's figures depend on it. NULL for months closed
-- before: they were classified without that rule and stay as they were.
ALTER TABLE payroll_month_employee ADD COLUMN employment_end DATE NULL;
