-- The version of a rota's whole set of constraint-weight overrides (replaced as one): two planners replacing it from
-- the same read cannot both pass. No row: version 0, nothing replaced yet.
CREATE TABLE rota_constraint_weight_set (
    rota_id BIGINT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    CONSTRAINT fk_rota_constraint_weight_set__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
