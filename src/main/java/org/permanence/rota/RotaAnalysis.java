package org.permanence.rota;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.permanence.rota.domain.CoverCell;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftOccurrence;
import org.permanence.rota.solver.RotaExplanations;
import org.permanence.system.HelplineProperties;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why the rota's draft scores what it scores: each constraint's matches in plain words, each employee's totals and
 * each staffing cell's coverage, with the feasibility findings.
 */
@Service
public class RotaAnalysis {

    /** Everything the analysis reports. */
    public record Report(long rotaId, String score, boolean feasible, List<ConstraintResult> constraints,
            List<EmployeeTotals> employees, Coverage coverage, List<String> warnings) {
    }

    /** A constraint that matched, its total and each match explained. */
    public record ConstraintResult(String name, String score, int matchCount, List<Match> matches) {
    }

    public record Match(String score, String explanation) {
    }

    /**
     * @param contractMinutes the contract's weekly minutes prorated over the period
     * @param nights          night shifts (enough minutes in the legal night window)
     * @param weekendDays     shifts starting on a Saturday or Sunday
     */
    public record EmployeeTotals(long employeeId, String name, long minutes, long contractMinutes, int shifts,
            int nights, int weekendDays, long holidayMinutes) {
    }

    /** Needed versus planned person-minutes over the period, and every cell (slots merged when equal). */
    public record Coverage(long neededPersonMinutes, long coveredPersonMinutes, double percent,
            List<CellCoverage> cells) {
    }

    public record CellCoverage(String skill, Instant start, Instant end, int needed, int planned) {
    }

    private final RotaPlans plans;
    private final RotaFeasibility feasibility;
    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;
    private final RotaExplanations explanations;

    RotaAnalysis(RotaPlans plans, RotaFeasibility feasibility,
            SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager, HelplineProperties helpline) {
        this.plans = plans;
        this.feasibility = feasibility;
        this.solutionManager = solutionManager;
        this.explanations = new RotaExplanations(helpline.zone());
    }

    /** Analyses the rota's stored draft with its constraint weights. */
    public Report analyse(long rotaId) {
        RotaPlan plan = plans.build(rotaId);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(plan,
                ScoreAnalysisFetchPolicy.FETCH_ALL);
        List<ConstraintResult> constraints = analysis.constraintAnalyses().stream()
                .filter(constraint -> !constraint.score().isZero())
                .sorted(Comparator.comparing(ConstraintAnalysis<HardMediumSoftLongScore>::score))
                .map(this::result)
                .toList();
        return new Report(rotaId, analysis.score().toString(), analysis.score().isFeasible(), constraints,
                employeeTotals(plan), coverage(plan), feasibility.check(plan).all());
    }

    private ConstraintResult result(ConstraintAnalysis<HardMediumSoftLongScore> constraint) {
        List<Match> matches = constraint.matches().stream()
                .sorted(Comparator.comparing(MatchAnalysis<HardMediumSoftLongScore>::score))
                .map(match -> new Match(match.score().toString(),
                        explanations.describe(constraint.constraintName(), match.justification())))
                .toList();
        return new ConstraintResult(constraint.constraintName(), constraint.score().toString(),
                constraint.matchCount(), matches);
    }

    private static List<EmployeeTotals> employeeTotals(RotaPlan plan) {
        Map<Employee, List<ShiftOccurrence>> shifts = new LinkedHashMap<>();
        plan.getEmployees().forEach(employee -> shifts.put(employee, new ArrayList<>()));
        for (EmployeeDay day : plan.getEmployeeDays()) {
            if (day.isWorking()) {
                shifts.get(day.getEmployee()).add(day.getShift());
            }
        }
        int days = plan.getCalendar().getDayCount();
        List<EmployeeTotals> totals = new ArrayList<>();
        shifts.forEach((employee, worked) -> totals.add(new EmployeeTotals(Long.parseLong(employee.getId()),
                employee.getName(), worked.stream().mapToLong(ShiftOccurrence::durationMinutes).sum(),
                employee.contractMinutesDue(days), worked.size(),
                (int) worked.stream().filter(ShiftOccurrence::nightShift).count(),
                (int) worked.stream().filter(ShiftOccurrence::weekendDay).count(),
                worked.stream().mapToLong(ShiftOccurrence::holidayMinutes).sum())));
        return totals;
    }

    private static Coverage coverage(RotaPlan plan) {
        Map<CoverCell, Integer> planned = new HashMap<>();
        for (EmployeeDay day : plan.getEmployeeDays()) {
            if (day.isWorking()) {
                day.getShift().coveredCells().forEach(cell -> planned.merge(cell, 1, Integer::sum));
            }
        }
        long needed = 0;
        long covered = 0;
        List<CellCoverage> cells = new ArrayList<>();
        for (CoverCell cell : plan.getCalendar().getCoverCells()) {
            if (!cell.getDemands().get(0).isSkillDemand()) {
                continue;
            }
            int people = planned.getOrDefault(cell, 0);
            long minutes = Duration.between(cell.getStart(), cell.getEnd()).toMinutes();
            needed += cell.getRequired() * minutes;
            covered += Math.min(people, cell.getRequired()) * minutes;
            cells.add(new CellCoverage(cell.getDemands().get(0).getSkill(), cell.getStart(), cell.getEnd(),
                    cell.getRequired(), people));
        }
        double percent = needed == 0 ? 100.0 : Math.round(covered * 1000.0 / needed) / 10.0;
        return new Coverage(needed, covered, percent, cells);
    }
}
