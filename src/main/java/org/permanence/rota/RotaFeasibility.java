package org.permanence.rota;

import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What cannot work in a rota before any solving: staffing needs of a skill nobody holds (a problem), needs of a skill
 * no shift template requires, and more demand hours for a skill than the contract hours of the people holding it over
 * the period (warnings: the rota will be short, the solver still does its best).
 */
@Service
public class RotaFeasibility {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    RotaFeasibility(HelplineProperties helpline) {
        this.zone = helpline.zone();
    }

    /** What the check found; {@code problems} make a solve pointless. */
    public record Findings(List<String> problems, List<String> warnings) {

        public List<String> all() {
            List<String> all = new ArrayList<>(problems);
            all.addAll(warnings);
            return all;
        }
    }

    /** The findings, without refusing anything (for the analysis). */
    public Findings check(RotaPlan plan) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, Long> demandMinutes = new TreeMap<>();
        Map<String, CoverDemand> firstSlot = new TreeMap<>();
        for (CoverDemand demand : plan.getDemands()) {
            if (demand.isSkillDemand()) {
                demandMinutes.merge(demand.getSkill(),
                        demand.getRequired() * Duration.between(demand.getStart(), demand.getEnd()).toMinutes(),
                        Long::sum);
                firstSlot.merge(demand.getSkill(), demand,
                        (a, b) -> a.getStart().isAfter(b.getStart()) ? b : a);
            }
        }
        Map<String, Long> availableMinutes = contractMinutesPerSkill(plan);
        Set<String> heldSkills = new HashSet<>();
        plan.getEmployees().forEach(employee -> heldSkills.addAll(employee.getSkills()));
        Set<String> shiftSkills = new HashSet<>();
        plan.getShiftTypes().forEach(type -> shiftSkills.add(type.getRequiredSkill()));
        demandMinutes.forEach((skill, needed) -> {
            long available = availableMinutes.getOrDefault(skill, 0L);
            if (!heldSkills.contains(skill)) {
                CoverDemand slot = firstSlot.get(skill);
                problems.add("no employee holds skill " + skill + ", needed from " + local(slot) + " (first slot)");
            } else if (!shiftSkills.contains(skill)) {
                warnings.add("skill " + skill + ": staffing needs total " + hours(needed) + " h but no shift template"
                        + " requires the skill, and only a shift of a template requiring it counts for them; they"
                        + " will stay uncovered");
            } else if (needed > available) {
                warnings.add("skill " + skill + ": staffing needs total " + hours(needed)
                        + " h but the contracts of the people holding it give " + hours(available)
                        + " h over the period; the rota will be short");
            }
        });
        return new Findings(problems, warnings);
    }

    /** The warnings, or a 422 naming every skill nobody can cover. */
    public List<String> requireSolvable(RotaPlan plan) {
        Findings findings = check(plan);
        if (!findings.problems().isEmpty()) {
            throw new InvalidRequestException("staffingNeeds", String.join("; ", findings.problems()));
        }
        return findings.warnings();
    }

    /**
     * Contract minutes prorated over the days each employee may be rostered: not on a fixed day off, nor on a day
     * they are away all day (leave, sickness) or not employed.
     */
    private static Map<String, Long> contractMinutesPerSkill(RotaPlan plan) {
        Map<Employee, Integer> rosterableDays = new HashMap<>();
        Map<Employee, Integer> periodDays = new HashMap<>();
        for (EmployeeDay day : plan.getEmployeeDays()) {
            rosterableDays.merge(day.getEmployee(), day.isPinned() && !day.isWorking() ? 0 : 1, Integer::sum);
            periodDays.merge(day.getEmployee(), 1, Integer::sum);
        }
        Map<String, Long> minutes = new TreeMap<>();
        for (Employee employee : plan.getEmployees()) {
            long contract = Math.min(employee.contractMinutesDue(periodDays.getOrDefault(employee, 0)),
                    Math.round(employee.getRules().contractMinutesPerWeek()
                            * rosterableDays.getOrDefault(employee, 0) / 7.0));
            for (String skill : employee.getSkills()) {
                minutes.merge(skill, contract, Long::sum);
            }
        }
        return minutes;
    }

    private String local(CoverDemand slot) {
        return LOCAL.format(slot.getStart().atZone(zone)) + " to " + LOCAL.format(slot.getEnd().atZone(zone));
    }

    private static long hours(long minutes) {
        return minutes / 60;
    }
}
