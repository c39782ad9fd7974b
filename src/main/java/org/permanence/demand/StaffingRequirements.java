package org.permanence.demand;

import org.permanence.staff.StaffDirectory;
import org.permanence.system.FieldError;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The concrete staffing requirements of a period: query API for the solver and the requirements endpoint.
 * A period includes the slots of rows starting on its dates, so the night starting on the last date is in it.
 */
@Service
@EnableConfigurationProperties(DemandProperties.class)
public class StaffingRequirements {

    private final StaffingNeedRepository needs;
    private final DayOverrideRepository overrides;
    private final StaffDirectory staff;
    private final RequirementExpander expander;
    private final int maxPeriodDays;

    StaffingRequirements(StaffingNeedRepository needs, DayOverrideRepository overrides, StaffDirectory staff,
            HelplineProperties helpline, DemandProperties demand) {
        this.needs = needs;
        this.overrides = overrides;
        this.staff = staff;
        this.expander = new RequirementExpander(helpline.zone(), demand.slotLength());
        this.maxPeriodDays = demand.maxPeriodDays();
    }

    /** All skills' requirements for the dates {@code from}..{@code to} inclusive, by skill then slot start. */
    @Transactional(readOnly = true)
    public List<StaffingRequirement> forPeriod(LocalDate from, LocalDate to) {
        List<FieldError> errors = periodErrors(from, to);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return expander.expand(needs.findApplicableBetween(from, to), overrides.findByOverrideDateBetween(from, to),
                from, to);
    }

    /**
     * One skill's requirements for the dates {@code from}..{@code to} inclusive. An unknown skill is refused (422,
     * naming the {@code skill} filter) rather than answered with no requirement.
     */
    @Transactional(readOnly = true)
    public List<StaffingRequirement> forPeriod(LocalDate from, LocalDate to, long skillId) {
        List<FieldError> errors = new ArrayList<>(periodErrors(from, to));
        if (staff.skill(skillId).isEmpty()) {
            errors.add(new FieldError("skill", "is not a known skill: " + skillId));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return forPeriod(from, to).stream().filter(requirement -> requirement.skillId() == skillId).toList();
    }

    private List<FieldError> periodErrors(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of(new FieldError("to", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxPeriodDays) {
            return List.of(new FieldError("to", "the period may span at most " + maxPeriodDays + " days"));
        }
        return List.of();
    }
}
