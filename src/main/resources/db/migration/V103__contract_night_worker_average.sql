-- A night worker's weekly minutes on average over 12 consecutive weeks (Labour Code: 40 h). Existing contracts take
-- that legal default, or their own 12-week average when it is lower, as a new contract leaving the rule out does.
ALTER TABLE contract ADD COLUMN night_worker_twelve_week_average_max_minutes INT NULL;
UPDATE contract SET night_worker_twelve_week_average_max_minutes = LEAST(2400, twelve_week_average_max_minutes);
ALTER TABLE contract MODIFY night_worker_twelve_week_average_max_minutes INT NOT NULL;
