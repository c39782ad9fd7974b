package org.permanence.rota;

/** Where a rota stands: being drafted, being solved, or published to the staff. */
public enum RotaStatus {
    DRAFT, SOLVING, PUBLISHED
}
