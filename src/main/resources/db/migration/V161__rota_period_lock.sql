-- One row that rota creations and period changes lock (SELECT ... FOR UPDATE) while they check that no other rota
-- covers the same days: MariaDB has no exclusion constraint for overlapping date ranges.
CREATE TABLE rota_period_lock (
    id TINYINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

INSERT INTO rota_period_lock (id) VALUES (1);
