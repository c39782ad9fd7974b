package org.permanence.staff;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** Something a shift may require of whoever works it: call handling, first-line reception, English... */
public record Skill(@Id Long id, @Version Long version, String code, String name) {
}
