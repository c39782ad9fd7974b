package org.permanence.planning;

import org.permanence.rota.PublishedHistory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read side of the published rotas, for payroll, for the staff's own schedules and for the history rotas look back on. */
@Service
public class PublishedShifts implements PublishedHistory {

    private final RotaVersionRepository versions;

    PublishedShifts(RotaVersionRepository versions) {
        this.versions = versions;
    }

    /** Assigned shifts of the latest published version of every rota, starting in [from, to), in start order. */
    @Transactional(readOnly = true)
    public List<PublishedShift> startingBetween(Instant from, Instant to) {
        return versions.findLatestStartingBetween(from, to);
    }

    /** One employee's assigned shifts of the latest published versions, starting in [from, to), in start order. */
    @Transactional(readOnly = true)
    public List<PublishedShift> ofEmployeeStartingBetween(long employeeId, Instant from, Instant to) {
        return versions.findLatestOfEmployeeStartingBetween(employeeId, from, to);
    }

    /** The shift as the latest published version of its rota holds it, if that version has it. */
    @Transactional(readOnly = true)
    public Optional<PublishedShift> latestOf(long shiftId) {
        return versions.findLatestOfShift(shiftId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Shift> shiftsDated(LocalDate from, LocalDate to, long excludedRotaId) {
        return versions.findLatestDatedBetween(from, to, excludedRotaId);
    }
}
