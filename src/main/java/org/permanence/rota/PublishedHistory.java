package org.permanence.rota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What staff were told to work around a rota: the assigned shifts of the latest published version of every other
 * rota, not their drafts, which may hold changes nobody was told about. The planning feature, which keeps the
 * versions, provides it.
 */
public interface PublishedHistory {

    /** Assigned shifts of the latest published versions of rotas other than {@code excludedRotaId}, dated from..to. */
    List<Shift> shiftsDated(LocalDate from, LocalDate to, long excludedRotaId);

    record Shift(long employeeId, long shiftTemplateId, LocalDate shiftDate, Instant startsAt, Instant endsAt) {
    }
}
