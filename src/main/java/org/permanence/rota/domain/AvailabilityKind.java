package org.permanence.rota.domain;

public enum AvailabilityKind {
    /** Cannot work (leave, sickness, training): a hard rule. */
    UNAVAILABLE,
    /** Would rather not work: each overlapping minute costs a little. */
    UNDESIRED,
    /** Would like to work: each overlapping minute is a small gain. */
    DESIRED
}
