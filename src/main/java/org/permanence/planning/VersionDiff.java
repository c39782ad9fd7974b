package org.permanence.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The assignments that differ between two versions of a rota, slot by slot (a slot is a template on a date): an
 * employee who left a slot another one joined was reassigned; the rest were added or removed. An employee who kept
 * a slot whose shift got other times (by hand, or with its template) was retimed.
 *
 * @param to the later version, or {@code null} for the rota's current draft
 */
public record VersionDiff(int from, Integer to, List<Assignment> added, List<Assignment> removed,
        List<Reassignment> reassigned, List<Retiming> retimed) {

    public record Assignment(LocalDate date, long shiftTemplateId, long employeeId) {
    }

    public record Reassignment(LocalDate date, long shiftTemplateId, long fromEmployeeId, long toEmployeeId) {
    }

    public record Retiming(LocalDate date, long shiftTemplateId, long employeeId, Instant fromStart,
            Instant fromEnd, Instant toStart, Instant toEnd) {
    }

    public int changedAssignments() {
        return added.size() + removed.size() + reassigned.size() + retimed.size();
    }
}
