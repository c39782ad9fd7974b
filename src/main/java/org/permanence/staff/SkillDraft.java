package org.permanence.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A skill as a client submits it; {@code version} is required to update. The code is an identifier clients, shift
 * templates and staffing needs refer to: no whitespace (inside or around it, so {@code "X 1"} and {@code "X1 "} are
 * refused), no control characters and no invisible formatting ones (zero-width spaces, bidirectional overrides), so
 * that two codes that look alike are alike.
 */
public record SkillDraft(
        @NotBlank @Size(max = 50) @Pattern(regexp = IDENTIFIER, message = IDENTIFIER_REASON) String code,
        @NotBlank @Size(max = 200) String name,
        Long version) {

    /** Whitespace and separators ({@code \p{Z}}), control ({@code \p{Cc}}) and format ({@code \p{Cf}}) characters. */
    static final String IDENTIFIER = "[^\\s\\p{Z}\\p{Cc}\\p{Cf}]*";
    static final String IDENTIFIER_REASON = "must not contain whitespace, control or invisible formatting characters";
}
