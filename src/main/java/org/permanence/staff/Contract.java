package org.permanence.staff;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;

/** A kind of employment: contracted weekly minutes and the working-time rules that apply. */
public record Contract(
        @Id Long id,
        @Version Long version,
        String name,
        int weeklyMinutes,
        @Embedded.Empty WorkingTimeRules rules) {
}
