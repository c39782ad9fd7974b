package org.permanence.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * The assignments that differ between two versions of a rota, slot by slot (a slot is a template on a date): an
 * employee who left a slot another one joined was reassigned; the rest were added or removed.
 *
 * @param to the later version, or {@code null} for the rota's current draft
 */
public record VersionDiff(int from, Integer to, List<Assignment> added, List<Assignment> removed,
        List<Reassignment> reassigned) {

    public record Assignment(LocalDate date, long shiftTemplateId, long employeeId) {
    }

    public record Reassignment(LocalDate date, long shiftTemplateId, long fromEmployeeId, long toEmployeeId) {
    }

    public int changedAssignments() {
        return added.size() + removed.size() + reassigned.size();
    }
}
