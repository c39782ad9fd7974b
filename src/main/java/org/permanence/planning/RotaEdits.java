package org.permanence.planning;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaShift;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.solver.RotaConstraintProvider;
import org.permanence.rota.domain.ShiftType;
import org.permanence.system.ConflictException;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Manual edits of a rota's draft shifts. Every edit names the rota version it was made from and bumps it, and
 * answers with its impact on the score (two full analyses, before and after, explained).
 * <p>
 * The solver plans one shift per employee and day, so an edit that would give someone a second shift on a day is
 * refused. A shift's times come from its template unless a manager sets its own: such a hand-timed shift is a
 * one-off shift type in the plan ({@link RotaPlans}), pinned, so a solve keeps it with its times.
 */
@Service
@EnableConfigurationProperties(PlanningProperties.class)
public class RotaEdits {

    private final Rotas rotas;
    private final RotaPlans plans;
    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;
    private final RotaSolving solving;
    private final RotaHistory history;
    private final ShiftTemplates templates;
    private final ZoneId zone;
    private final EditImpactExplainer impacts;

    RotaEdits(Rotas rotas, RotaPlans plans, SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager,
            RotaSolving solving, RotaHistory history, ShiftTemplates templates, HelplineProperties helpline) {
        this.rotas = rotas;
        this.plans = plans;
        this.solutionManager = solutionManager;
        this.solving = solving;
        this.history = history;
        this.templates = templates;
        this.zone = helpline.zone();
        this.impacts = new EditImpactExplainer(zone);
    }

    /**
     * What to change on a shift; null fields stay as they are, and at least one must be given.
     *
     * @param employeeId      the employee to assign (assign or reassign)
     * @param unassign        true to leave the shift open (no employee)
     * @param shiftTemplateId another template: other times, other skill
     * @param pinned          pin (a solve keeps it) or unpin; unpinning a hand-timed shift gives it back its
     *                        template's times
     * @param start           own start (UTC): the shift becomes hand-timed, and pinned
     * @param end             own end (UTC), as {@code start}
     */
    public record ShiftChange(Long employeeId, boolean unassign, Long shiftTemplateId, Boolean pinned, Instant start,
            Instant end) {

        public ShiftChange {
            if (unassign && employeeId != null) {
                throw new InvalidRequestException("employeeId", "cannot be given with unassign: true (leave one out)");
            }
            if (!unassign && employeeId == null && shiftTemplateId == null && pinned == null && start == null
                    && end == null) {
                throw new InvalidRequestException("body", "nothing to change: give at least one of employeeId, "
                        + "unassign: true, shiftTemplateId, pinned, start and end");
            }
        }
    }

    /** The rota after an edit (with its new version), the shift (null once deleted) and the score impact. */
    public record Edited(Rota rota, RotaShift shift, ScoreImpact impact) {
    }

    /** An employee who could take a shift, with the score the rota would have and the rules it would break. */
    public record Candidate(long employeeId, String name, String score, String scoreDifference,
            List<String> wouldBreak) {
    }

    @Transactional
    public Edited change(long rotaId, long shiftId, Long expectedVersion, ShiftChange change) {
        solving.requireNotSolving(rotaId);
        Rota rota = rotas.claimEdit(rotaId, expectedVersion);
        RotaShift before = rotas.shift(rotaId, shiftId);
        Long employeeId = change.unassign() ? null
                : change.employeeId() != null ? change.employeeId() : before.employeeId();
        long templateId = change.shiftTemplateId() != null ? change.shiftTemplateId() : before.shiftTemplateId();
        ShiftTemplate template = templates.find(templateId)
                .orElseThrow(() -> new InvalidRequestException("shiftTemplateId", "unknown shift template"));
        boolean timesGiven = change.start() != null || change.end() != null;
        boolean keepTimes = templateId == before.shiftTemplateId() && !Boolean.FALSE.equals(change.pinned());
        Instant start = change.start() != null ? change.start()
                : keepTimes ? before.startsAt() : template.startOn(before.shiftDate(), zone);
        Instant end = change.end() != null ? change.end()
                : keepTimes ? before.endsAt() : template.endOn(before.shiftDate(), zone);
        boolean handTimed = !start.equals(template.startOn(before.shiftDate(), zone))
                || !end.equals(template.endOn(before.shiftDate(), zone));
        if (handTimed && Boolean.FALSE.equals(change.pinned())) {
            throw new InvalidRequestException("pinned", "a shift with its own times stays pinned; send pinned:false "
                    + "without start and end to give it back its template's times");
        }
        boolean pinned = handTimed || (change.pinned() != null ? change.pinned() : before.pinned());
        requireFreeDay(rotaId, shiftId, employeeId, before.shiftDate());
        if (timesGiven) {
            rotas.requireValidTimes(before.shiftDate(), start, end);
        }
        String cause = timesGiven ? null : !Objects.equals(employeeId, before.employeeId()) ? "employeeId"
                : "shiftTemplateId";
        requireNoOverlap(rotaId, shiftId, employeeId, start, end, cause);
        ScoreAnalysis<HardMediumSoftLongScore> analysisBefore = analyze(rotaId);
        RotaShift after = rotas.changeShift(rotaId, shiftId, employeeId, templateId, pinned, start, end);
        ScoreImpact impact = impacts.explain(analysisBefore, analyze(rotaId));
        history.record(rotaId, action(before, after), before, after);
        return new Edited(rota, after, impact);
    }

    @Transactional
    public Edited add(long rotaId, Long expectedVersion, Long employeeId, long shiftTemplateId, LocalDate date,
            boolean pinned) {
        solving.requireNotSolving(rotaId);
        Rota rota = rotas.claimEdit(rotaId, expectedVersion);
        requireFreeDay(rotaId, null, employeeId, date);
        templates.find(shiftTemplateId).ifPresent(template -> requireNoOverlap(rotaId, null, employeeId,
                template.startOn(date, zone), template.endOn(date, zone), "employeeId"));
        ScoreAnalysis<HardMediumSoftLongScore> analysisBefore = analyze(rotaId);
        RotaShift added = rotas.addShift(rotaId, employeeId, shiftTemplateId, date);
        if (pinned) {
            added = rotas.changeShift(rotaId, added.id(), employeeId, shiftTemplateId, true);
        }
        ScoreImpact impact = impacts.explain(analysisBefore, analyze(rotaId));
        history.record(rotaId, "ADD_SHIFT", null, added);
        return new Edited(rota, added, impact);
    }

    @Transactional
    public Edited delete(long rotaId, long shiftId, Long expectedVersion) {
        solving.requireNotSolving(rotaId);
        Rota rota = rotas.claimEdit(rotaId, expectedVersion);
        RotaShift before = rotas.shift(rotaId, shiftId);
        ScoreAnalysis<HardMediumSoftLongScore> analysisBefore = analyze(rotaId);
        rotas.deleteShift(rotaId, shiftId);
        ScoreImpact impact = impacts.explain(analysisBefore, analyze(rotaId));
        history.record(rotaId, "DELETE_SHIFT", before, null);
        return new Edited(rota, null, impact);
    }

    /**
     * Everyone who could take the shift from its holder, best first: the rota is scored once with the shift open and
     * once per candidate given the shift: the employees other than the holder whom the solver could give it to
     * (skill and contract allow it), who are not already working that day and whose day is not pinned.
     */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(long rotaId, long shiftId) {
        RotaShift shift = rotas.shift(rotaId, shiftId);
        RotaPlan plan = plans.build(rotaId);
        String templateCode = templates.find(shift.shiftTemplateId()).orElseThrow().code();
        String oneOffCode = RotaPlans.oneOffCode(templateCode, shiftId);
        ShiftType shiftType = plan.getShiftTypes().stream().filter(type -> type.getCode().equals(oneOffCode))
                .findFirst().orElseGet(() -> plan.getShiftTypes().stream()
                        .filter(type -> type.getCode().equals(templateCode)).findFirst().orElseThrow());
        EmployeeDay holderDay = plan.getEmployees().stream()
                .filter(employee -> employee.getId().equals(String.valueOf(shift.employeeId())))
                .map(employee -> plan.employeeDay(employee, shift.shiftDate()))
                .filter(day -> shiftType.equals(day.getShiftType())).findFirst().orElse(null);
        if (holderDay != null) {
            holderDay.setShiftType(null);
        }
        ScoreAnalysis<HardMediumSoftLongScore> open = solutionManager.analyze(plan);
        List<ScoredCandidate> scored = new ArrayList<>();
        for (Employee employee : plan.getEmployees()) {
            EmployeeDay day = plan.employeeDay(employee, shift.shiftDate());
            if (day == holderDay || day.isWorking() || day.isPinned()
                    || day.getAllowedShiftTypes().stream()
                            .noneMatch(allowed -> allowed.getCode().equals(shiftType.getTemplateCode()))) {
                continue;
            }
            if (shiftType.isOneOff()) {
                day.allowOnThisDay(shiftType);
            }
            day.setShiftType(shiftType);
            ScoreAnalysis<HardMediumSoftLongScore> assigned = solutionManager.analyze(plan);
            day.setShiftType(null);
            scored.add(new ScoredCandidate(breaksUnavailableTime(open, assigned), assigned.score(),
                    new Candidate(Long.parseLong(employee.getId()),
                    employee.getName(), assigned.score().toString(),
                    assigned.score().subtract(open.score()).toString(),
                    impacts.worsenedMatches(open, assigned))));
        }
        return scored.stream()
                .sorted(Comparator.comparing(ScoredCandidate::unavailable)
                        .thenComparing(ScoredCandidate::score, Comparator.reverseOrder()))
                .map(ScoredCandidate::candidate).toList();
    }

    /** Someone away (leave, sickness) cannot take the shift, whatever else the score says: listed after the rest. */
    private record ScoredCandidate(boolean unavailable, HardMediumSoftLongScore score, Candidate candidate) {
    }

    private static boolean breaksUnavailableTime(ScoreAnalysis<HardMediumSoftLongScore> open,
            ScoreAnalysis<HardMediumSoftLongScore> assigned) {
        return unavailableTimeScore(assigned).compareTo(unavailableTimeScore(open)) < 0;
    }

    private static HardMediumSoftLongScore unavailableTimeScore(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        return analysis.constraintMap().entrySet().stream()
                .filter(entry -> entry.getKey().constraintName().equals(RotaConstraintProvider.UNAVAILABLE_TIME))
                .map(entry -> entry.getValue().score())
                .findFirst().orElse(HardMediumSoftLongScore.ZERO);
    }

    private ScoreAnalysis<HardMediumSoftLongScore> analyze(long rotaId) {
        return solutionManager.analyze(plans.build(rotaId));
    }

    /** The model plans one shift per employee and day. */
    private void requireFreeDay(long rotaId, Long shiftId, Long employeeId, LocalDate date) {
        if (employeeId == null) {
            return;
        }
        rotas.otherShiftOn(rotaId, employeeId, date, shiftId).ifPresent(other -> {
            throw new ConflictException("employeeId", "employee " + employeeId + " already works shift "
                    + other.id() + " on " + date + "; a rota plans one shift per employee and day");
        });
    }

    /**
     * A shift may not overlap another shift of the same employee, whether it gets its own times, another template
     * or another employee; {@code cause} names the field that made it overlap (null: the times given, start or end).
     */
    private void requireNoOverlap(long rotaId, Long shiftId, Long employeeId, Instant start, Instant end,
            String cause) {
        if (employeeId == null) {
            return;
        }
        rotas.overlappingShift(rotaId, employeeId, start, end, shiftId == null ? Set.of() : Set.of(shiftId))
                .ifPresent(other -> {
                    String field = cause != null ? cause : other.startsAt().isBefore(start) ? "start" : "end";
                    throw new ConflictException(field, "employee " + employeeId + " works shift " + other.id()
                            + " from " + other.startsAt() + " to " + other.endsAt()
                            + ", which this one would overlap");
                });
    }

    private static String action(RotaShift before, RotaShift after) {
        boolean onlyPin = Objects.equals(before.employeeId(), after.employeeId())
                && before.shiftTemplateId() == after.shiftTemplateId()
                && before.startsAt().equals(after.startsAt()) && before.endsAt().equals(after.endsAt());
        if (onlyPin && before.pinned() != after.pinned()) {
            return after.pinned() ? "PIN_SHIFT" : "UNPIN_SHIFT";
        }
        return "EDIT_SHIFT";
    }
}
