package org.permanence.demand;

import java.time.LocalTime;
import java.util.Set;

/** The editable fields of a shift template, as a client sends them; {@code days} null: every day. */
public record ShiftTemplateDraft(String name, String code, LocalTime startTime, int durationMinutes, long skillId,
        Set<Long> forbiddenSuccessorIds, DayPattern days) {

    /** A template worked every day. */
    public ShiftTemplateDraft(String name, String code, LocalTime startTime, int durationMinutes, long skillId,
            Set<Long> forbiddenSuccessorIds) {
        this(name, code, startTime, durationMinutes, skillId, forbiddenSuccessorIds, null);
    }
}
