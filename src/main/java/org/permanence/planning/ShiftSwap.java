package org.permanence.planning;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

import java.time.Instant;

/**
 * One employee's wish to hand a published shift to a colleague, in exchange for one of theirs
 * ({@code partnerShiftId}) or not (null: the partner takes it over). Shift ids are the rota's shifts, as
 * {@code /api/me/shifts} shows them.
 */
public record ShiftSwap(@Id Long id, @Version Long version, long rotaId, long requesterEmployeeId,
        long requesterShiftId, long partnerEmployeeId, Long partnerShiftId, ShiftSwapStatus status, String message,
        Instant proposedAt, Instant decidedAt, String decidedBy, String decisionNote) {

    ShiftSwap decided(ShiftSwapStatus newStatus, Instant at, String by, String note) {
        return new ShiftSwap(id, version, rotaId, requesterEmployeeId, requesterShiftId, partnerEmployeeId,
                partnerShiftId, newStatus, message, proposedAt, at, by, note);
    }
}
