-- A swap of published shifts between two employees, or a shift given to a colleague (partner_shift_id NULL):
-- proposed by the holder, accepted or declined by the partner, then approved (applied to the rota's draft) or
-- rejected by a manager. Shift ids are those of the rota's shifts the published version was copied from.
CREATE TABLE shift_swap (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL,
    rota_id               BIGINT       NOT NULL,
    requester_employee_id BIGINT       NOT NULL,
    requester_shift_id    BIGINT       NOT NULL,
    partner_employee_id   BIGINT       NOT NULL,
    partner_shift_id      BIGINT       NULL,
    status                VARCHAR(10)  NOT NULL,
    message               VARCHAR(500) NULL,
    proposed_at           DATETIME(6)  NOT NULL,
    decided_at            DATETIME(6)  NULL,
    decided_by            VARCHAR(100) NULL,
    decision_note         VARCHAR(500) NULL,
    CONSTRAINT fk_shift_swap__rota FOREIGN KEY (rota_id) REFERENCES rota (id) ON DELETE CASCADE,
    CONSTRAINT fk_shift_swap__requester FOREIGN KEY (requester_employee_id) REFERENCES employee (id) ON DELETE CASCADE,
    CONSTRAINT fk_shift_swap__partner FOREIGN KEY (partner_employee_id) REFERENCES employee (id) ON DELETE CASCADE,
    CONSTRAINT ck_shift_swap__status
        CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'APPROVED', 'REJECTED')),
    INDEX ix_shift_swap__status (status, proposed_at),
    INDEX ix_shift_swap__requester (requester_employee_id),
    INDEX ix_shift_swap__partner (partner_employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
