package org.permanence.planning;

/** Where a shift swap stands: proposed → accepted by the partner → approved by a manager; the others end it. */
public enum ShiftSwapStatus {
    PROPOSED, ACCEPTED, DECLINED, CANCELLED, APPROVED, REJECTED;

    boolean isOpen() {
        return this == PROPOSED || this == ACCEPTED;
    }
}
