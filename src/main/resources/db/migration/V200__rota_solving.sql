-- Per-rota constraint weights replacing the defaults of docs/constraints.md (by constraint name).
CREATE TABLE rota_constraint_weight (
    rota_id         BIGINT       NOT NULL,
    constraint_name VARCHAR(100) NOT NULL,
    hard_weight     BIGINT       NOT NULL,
    medium_weight   BIGINT       NOT NULL,
    soft_weight     BIGINT       NOT NULL,
    PRIMARY KEY (rota_id, constraint_name),
    CONSTRAINT fk_rota_constraint_weight__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outcome of the rota's last solve (kept apart from rota so solving never bumps the rota's version).
CREATE TABLE rota_solve_result (
    rota_id    BIGINT       NOT NULL PRIMARY KEY,
    best_score VARCHAR(100) NOT NULL,
    solved_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_rota_solve_result__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
