package org.permanence.demand;

import org.springframework.data.relational.core.mapping.Table;

/** A template that may not be worked the day after the template holding this reference. */
@Table("shift_template_forbidden_successor")
public record ForbiddenSuccessor(long successorId) {
}
