package org.permanence.rota;

/** Published when a solve of a rota has ended and its result is stored (or failed): for the audit trail. */
public record RotaSolveEnded(SolveJob job, String mode, String startedBy) {
}
