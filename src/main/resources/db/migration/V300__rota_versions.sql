-- Published versions of a rota: immutable snapshots of its shifts, numbered 1, 2, ... per rota.
CREATE TABLE rota_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rota_id      BIGINT       NOT NULL,
    number       INT          NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    comment      VARCHAR(1000) NULL,
    CONSTRAINT fk_rota_version__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE,
    CONSTRAINT uq_rota_version__number UNIQUE (rota_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- shift_id is the draft shift the published one was copied from (the draft may change or drop it later).
CREATE TABLE rota_version_shift (
    rota_version_id   BIGINT      NOT NULL,
    position          INT         NOT NULL,
    shift_id          BIGINT      NOT NULL,
    employee_id       BIGINT      NULL,
    shift_template_id BIGINT      NOT NULL,
    shift_date        DATE        NOT NULL,
    starts_at         DATETIME(6) NOT NULL,
    ends_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (rota_version_id, position),
    CONSTRAINT fk_rota_version_shift__version FOREIGN KEY (rota_version_id) REFERENCES rota_version (id)
        ON DELETE CASCADE,
    INDEX ix_rota_version_shift__employee (employee_id, starts_at),
    INDEX ix_rota_version_shift__start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
