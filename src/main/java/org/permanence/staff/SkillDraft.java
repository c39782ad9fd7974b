package org.permanence.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.system.DisplayName;
import org.permanence.system.Identifier;

/** A skill as a client submits it; {@code version} is required to update. Its code is an {@link Identifier}. */
public record SkillDraft(
        @NotBlank @Size(max = 50) @Pattern(regexp = Identifier.PATTERN, message = Identifier.REASON) String code,
        @NotBlank @Size(max = 200) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON) String name,
        Long version) {
}
