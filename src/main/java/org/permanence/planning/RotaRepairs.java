package org.permanence.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.rota.LawfulStart;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.solver.RotaConstraintProvider;
import org.permanence.rota.solver.RotaRestoration;
import org.permanence.system.ConflictException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Repair of a published rota: the solver starts from the current draft and pays "Change from published rota"
 * for every employee-day that differs from the latest published version, so only what must move, moves.
 */
@Service
public class RotaRepairs {

    private final RotaVersions versions;
    private final RotaPlans plans;
    private final Rotas rotas;
    private final ShiftTemplates templates;
    private final SolverManager<RotaPlan, Long> solverManager;
    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;
    private final RotaSolving solving;
    private final RotaHistory history;
    private final PlanningProperties properties;
    private final LawfulStart lawfulStart;
    private final RotaRestoration restoration = new RotaRestoration();

    RotaRepairs(RotaVersions versions, RotaPlans plans, Rotas rotas, ShiftTemplates templates,
            SolverManager<RotaPlan, Long> solverManager,
            SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager, RotaSolving solving,
            RotaHistory history, PlanningProperties properties, LawfulStart lawfulStart) {
        this.versions = versions;
        this.plans = plans;
        this.rotas = rotas;
        this.templates = templates;
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.solving = solving;
        this.history = history;
        this.properties = properties;
        this.lawfulStart = lawfulStart;
    }

    /**
     * What a repair did: the score before and after, the employee-days now differing from the published version, and
     * the rota's new version (a repair bumps it, so edits made from before the repair are refused as stale).
     */
    public record Repair(int publishedVersion, long rotaVersion, String scoreBefore, String score,
            List<String> changedAssignments) {
    }

    /**
     * Prepares a plan of the rota for a repair solve: sets on every employee-day what the latest published version
     * had on it, weighs each difference with {@code permanence.planning.repair-change-weight}, and takes off the unpinned
     * shifts a hard rule blames (someone now unavailable, a fixed day off, a limit set since...).
     */
    public Consumer<RotaPlan> repairPreparation(long rotaId) {
        rotas.get(rotaId);
        RotaVersion published = versions.latest(rotaId).orElseThrow(() -> new ConflictException("rota",
                "rota " + rotaId + " has no published version to repair against; publish it first"));
        Map<Long, String> templateCodes = templates.all().stream()
                .collect(Collectors.toMap(ShiftTemplate::id, ShiftTemplate::code));
        Map<String, VersionShift> publishedShifts = new HashMap<>();
        published.shifts().stream().filter(shift -> shift.employeeId() != null).forEach(shift -> publishedShifts
                .put(key(shift.employeeId(), shift.shiftDate()), shift));
        HardMediumSoftLongScore weight = HardMediumSoftLongScore.ofMedium(properties.repairChangeWeight());
        return plan -> {
            Map<String, ShiftType> types = plan.getShiftTypes().stream()
                    .collect(Collectors.toMap(ShiftType::getCode, type -> type));
            for (EmployeeDay day : plan.getEmployeeDays()) {
                VersionShift shift = publishedShifts.get(key(Long.parseLong(day.getEmployee().getId()),
                        day.getDate()));
                day.setPublishedBaseline(shift == null ? null : publishedType(shift, day, types, templateCodes));
            }
            plan.setConstraintWeightOverrides(withWeight(plan.getConstraintWeightOverrides(),
                    RotaConstraintProvider.CHANGE_FROM_PUBLISHED, weight));
            lawfulStart.clearDaysBreakingTheLaw(plan);
        };
    }

    /**
     * Repairs the rota now, in the calling thread, within the configured time budget, and saves the result as
     * the draft. The solve runs through the shared {@link SolverManager} under the rota's id, so edits are refused
     * meanwhile.
     */
    public Repair repair(long rotaId) {
        return repair(rotaId, properties.repairSpentLimit(), properties.repairUnimprovedLimit());
    }

    public Repair repair(long rotaId, Duration spentLimit, Duration unimprovedLimit) {
        return solving.exclusively(rotaId, plan -> {
            int publishedVersion = versions.latest(rotaId).map(RotaVersion::number).orElse(0);
            HardMediumSoftLongScore before = solutionManager.update(plan);
            repairPreparation(rotaId).accept(plan);
            RotaPlan repaired = restore(solve(rotaId, plan, spentLimit, unimprovedLimit));
            plans.save(rotaId, repaired);
            long rotaVersion = rotas.claimEdit(rotaId, rotas.get(rotaId).version()).version();
            Repair repair = new Repair(publishedVersion, rotaVersion, before.toString(),
                    repaired.getScore().toString(), changedAssignments(repaired));
            history.record(rotaId, "REPAIR", Map.of("score", before.toString()), repair);
            return repair;
        });
    }

    /**
     * Undoes the changes of a repaired rota that it does not need: the search stops on a time limit and can leave a
     * change that does not pay for itself (see {@link RotaRestoration}).
     */
    public RotaPlan restore(RotaPlan repaired) {
        return restoration.restore(repaired);
    }

    /** The employee-days of a prepared plan that differ from the published version, e.g. "Ada Lovelace 2031-05-02: N -> off". */
    public static List<String> changedAssignments(RotaPlan plan) {
        List<String> changed = new ArrayList<>();
        for (EmployeeDay day : plan.getEmployeeDays()) {
            if (day.differsFromPublished()) {
                changed.add(day.getEmployee().getName() + " " + day.getDate() + ": "
                        + code(day.getPublishedShiftType()) + " -> " + code(day.getShiftType()));
            }
        }
        return changed;
    }

    private RotaPlan solve(long rotaId, RotaPlan plan, Duration spentLimit, Duration unimprovedLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spentLimit)
                .withUnimprovedSpentLimit(unimprovedLimit);
        try {
            return solverManager.solveBuilder().withProblemId(rotaId).withProblem(plan)
                    .withConfigOverride(new SolverConfigOverride<RotaPlan>().withTerminationConfig(termination))
                    .run().getFinalBestSolution();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Repair of rota " + rotaId + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Repair of rota " + rotaId + " failed", e.getCause());
        }
    }

    private static ConstraintWeightOverrides<HardMediumSoftLongScore> withWeight(
            ConstraintWeightOverrides<HardMediumSoftLongScore> overrides, String constraint,
            HardMediumSoftLongScore weight) {
        Map<String, HardMediumSoftLongScore> byName = new HashMap<>();
        overrides.getKnownConstraintNames().forEach(name -> byName.put(name, overrides.getConstraintWeight(name)));
        byName.put(constraint, weight);
        return ConstraintWeightOverrides.of(byName);
    }

    /**
     * The shift type a published shift was: its hand-timed one-off when the draft still holds it with the published
     * times (so keeping it is no change), otherwise its template.
     */
    private static ShiftType publishedType(VersionShift shift, EmployeeDay day, Map<String, ShiftType> types,
            Map<Long, String> templateCodes) {
        String templateCode = templateCodes.get(shift.shiftTemplateId());
        ShiftType oneOff = types.get(RotaPlans.oneOffCode(templateCode, shift.shiftId()));
        if (oneOff != null && oneOff == day.getShiftType() && day.getShift().start().equals(shift.startsAt())
                && day.getShift().end().equals(shift.endsAt())) {
            return oneOff;
        }
        return types.get(templateCode);
    }

    private static String key(long employeeId, LocalDate date) {
        return employeeId + "@" + date;
    }

    private static String code(ShiftType type) {
        return type == null ? "off" : type.getCode();
    }
}
