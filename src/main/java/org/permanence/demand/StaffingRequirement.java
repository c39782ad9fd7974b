package org.permanence.demand;

import java.time.Instant;

/** People with {@code skillId} required on duty during one slot [start, end). */
public record StaffingRequirement(long skillId, Instant start, Instant end, int required) {
}
