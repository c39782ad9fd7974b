package org.permanence.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A skill as a client submits it; {@code version} is required to update. */
public record SkillDraft(
        @NotBlank @Size(max = 50) String code,
        @NotBlank @Size(max = 200) String name,
        Long version) {
}
