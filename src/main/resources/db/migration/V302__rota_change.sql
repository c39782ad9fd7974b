-- Audit trail of a rota: every edit, pin, publication and repair, with who did it and the state before and after.
CREATE TABLE rota_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rota_id    BIGINT       NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    before_json TEXT        NULL,
    after_json  TEXT        NULL,
    CONSTRAINT fk_rota_change__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE,
    INDEX ix_rota_change__rota (rota_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
