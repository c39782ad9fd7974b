package org.permanence.demand;

import java.time.LocalTime;
import java.util.Set;

/** The editable fields of a shift template, as a client sends them. */
public record ShiftTemplateDraft(String name, String code, LocalTime startTime, int durationMinutes, long skillId,
        Set<Long> forbiddenSuccessorIds) {
}
