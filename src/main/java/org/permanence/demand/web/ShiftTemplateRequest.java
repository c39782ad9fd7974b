package org.permanence.demand.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.permanence.demand.DayPattern;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.DisplayName;
import org.permanence.system.Identifier;
import org.permanence.system.WholeMinute;

import java.time.LocalTime;
import java.util.Set;

/**
 * @param durationMinutes nominal length; a shift may run past midnight (a 23:00 night lasts 480)
 * @param endTime         optional, as a GET returns it: derived from the start and the duration, so it must agree
 *                        with them (422 otherwise)
 * @param version         the version read, required when updating
 */
record ShiftTemplateRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = DisplayName.PATTERN, message = DisplayName.REASON) String name,
        @NotBlank @Size(max = 20) @Pattern(regexp = Identifier.PATTERN, message = Identifier.REASON) String code,
        @NotNull @WholeMinute LocalTime startTime,
        @NotNull @Min(1) @Max(1440) Integer durationMinutes,
        @NotNull Long skillId,
        Set<@NotNull Long> forbiddenSuccessorIds,
        DayPattern days,
        LocalTime endTime,
        Long version) {

    ShiftTemplateDraft toDraft() {
        if (endTime != null && !endTime.equals(startTime.plusMinutes(durationMinutes))) {
            throw new InvalidRequestException("endTime", "is " + startTime.plusMinutes(durationMinutes)
                    + " for a start at " + startTime + " lasting " + durationMinutes
                    + " minutes; change durationMinutes to move the end");
        }
        return new ShiftTemplateDraft(name, code, startTime, durationMinutes, skillId,
                forbiddenSuccessorIds == null ? Set.of() : forbiddenSuccessorIds, days);
    }
}
