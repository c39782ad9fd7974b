package org.permanence.rota;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatch;
import ai.timefold.solver.core.api.score.constraint.ConstraintMatchTotal;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.solver.RuleBreach;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Where a solve that re-plans a rota starts: from its draft, without the days that break the law. */
@Component
public class LawfulStart {

    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;

    LawfulStart(SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
    }

    /**
     * Gives a day off to the unpinned working days a hard rule still blames (a limit set after publishing, a rest
     * broken by a hand edit...): the days it names itself, or, for a rule counted over a person's week or period,
     * that person's days in the rule's dates (of the shift type it counts, if it counts one). Starting below 0 hard,
     * the search would accept any move that keeps the hard level for hundreds of steps once it reached 0, walking
     * the whole rota away from the published one (a repair), or stay stuck among hundreds of breaches (a full solve
     * after contract rules were tightened); starting from 0 hard, it only has to cover the cleared days, and putting
     * a shift back where it was is the cheapest way to do it.
     */
    public void clearDaysBreakingTheLaw(RotaPlan plan) {
        List<EmployeeDay> blamed = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total
                : solutionManager.explain(plan).getConstraintMatchTotalMap().values()) {
            for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
                if (match.getScore().hardScore() < 0) {
                    blamed.addAll(daysBlamedBy(match, plan));
                }
            }
        }
        blamed.stream().filter(day -> day.isWorking() && !day.isPinned()).forEach(day -> day.setShiftType(null));
    }

    private static List<EmployeeDay> daysBlamedBy(ConstraintMatch<HardMediumSoftLongScore> match, RotaPlan plan) {
        List<EmployeeDay> days = new ArrayList<>();
        Set<Employee> employees = new HashSet<>();
        Set<ShiftType> types = new HashSet<>();
        for (Object indicted : match.getIndictedObjectList()) {
            if (indicted instanceof EmployeeDay day) {
                days.add(day);
            } else if (indicted instanceof Employee employee) {
                employees.add(employee);
            } else if (indicted instanceof ShiftType type) {
                types.add(type);
            }
        }
        if (!employees.isEmpty() && match.getJustification() instanceof RuleBreach breach) {
            LocalDate from = breach.from() == null ? plan.getCalendar().getFirstDay() : breach.from();
            LocalDate to = breach.to() == null ? (breach.from() == null ? plan.getCalendar().getLastDay() : from)
                    : breach.to();
            plan.getEmployeeDays().stream()
                    .filter(day -> employees.contains(day.getEmployee()) && !day.getDate().isBefore(from)
                            && !day.getDate().isAfter(to)
                            && (types.isEmpty() || types.contains(day.getShiftType())))
                    .forEach(days::add);
        }
        return days;
    }
}
