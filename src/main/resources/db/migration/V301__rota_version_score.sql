-- What a published version scored, and whether the manager acknowledged publishing it with hard violations.
-- Versions published before this column existed (or through the unchecked internal path) have no score.
ALTER TABLE rota_version
    ADD COLUMN score VARCHAR(100) NULL,
    ADD COLUMN hard_violations_acknowledged BOOLEAN NOT NULL DEFAULT FALSE;
