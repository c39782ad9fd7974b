package org.permanence.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaShift;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Published versions of rotas: each publication freezes the rota's current shifts as the next version. */
@Service
public class RotaVersions {

    private final RotaVersionRepository versions;
    private final Rotas rotas;
    private final RotaPlans plans;
    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;
    private final RotaSolving solving;
    private final RotaHistory history;
    private final Clock clock;

    RotaVersions(RotaVersionRepository versions, Rotas rotas, RotaPlans plans,
            SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager, RotaSolving solving,
            RotaHistory history, Clock clock) {
        this.versions = versions;
        this.rotas = rotas;
        this.plans = plans;
        this.solutionManager = solutionManager;
        this.solving = solving;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Freezes the rota's current shifts as its next version and marks the rota published, without scoring them
     * (for imports and tests of what reads published rotas; managers publish with the checked method).
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RotaVersion publish(long rotaId, String publishedBy, String comment) {
        rotas.lockForPublishing(rotaId);
        return save(rotaId, publishedBy, comment, null, false);
    }

    /**
     * Publishes the draft after scoring it: refused (422) when it breaks hard rules, unless the manager
     * acknowledges them, which the version records with its score. Audited.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RotaVersion publish(long rotaId, String publishedBy, String comment, boolean acknowledgeHardViolations) {
        // Two publishes at once would take the same next number, and an edit meanwhile would make the score stale:
        // the rota stays locked from here to the end.
        rotas.lockForPublishing(rotaId);
        solving.requireNotSolving(rotaId);
        RotaPlan plan = plans.build(rotaId);
        HardMediumSoftLongScore score = solutionManager.update(plan);
        boolean hardViolations = score.hardScore() < 0;
        if (hardViolations && !acknowledgeHardViolations) {
            throw new InvalidRequestException("acknowledgeHardViolations", "the draft breaks hard rules ("
                    + brokenHardRules(plan) + "; score " + score + "; the analysis words each breach); fix them or"
                    + " acknowledge them to publish anyway");
        }
        RotaVersion version = save(rotaId, publishedBy, comment, score.toString(), hardViolations);
        history.record(rotaId, "PUBLISH", null, Map.of("version", version.number(), "score", score.toString(),
                "hardViolationsAcknowledged", hardViolations, "comment", comment == null ? "" : comment,
                "shifts", version.shifts().size()));
        return version;
    }

    private RotaVersion save(long rotaId, String publishedBy, String comment, String score, boolean acknowledged) {
        List<VersionShift> shifts = rotas.shifts(rotaId).stream().map(RotaVersions::copy).toList();
        int number = versions.findFirstByRotaIdOrderByNumberDesc(rotaId).map(RotaVersion::number).orElse(0) + 1;
        RotaVersion version = versions.save(new RotaVersion(null, rotaId, number, clock.instant(), publishedBy,
                comment, score, acknowledged, shifts));
        rotas.markPublished(rotaId);
        return version;
    }

    @Transactional(readOnly = true)
    public List<RotaVersion> of(long rotaId) {
        rotas.get(rotaId);
        return versions.findByRotaIdOrderByNumber(rotaId);
    }

    @Transactional(readOnly = true)
    public RotaVersion get(long rotaId, int number) {
        return versions.findByRotaIdAndNumber(rotaId, number)
                .orElseThrow(() -> new NotFoundException("Rota version", rotaId + "/" + number));
    }

    @Transactional(readOnly = true)
    public Optional<RotaVersion> latest(long rotaId) {
        return versions.findFirstByRotaIdOrderByNumberDesc(rotaId);
    }

    /** The hard rules the plan breaks with their number of breaches, e.g. "Minimum rest between shifts: 2". */
    private String brokenHardRules(RotaPlan plan) {
        return solutionManager.explain(plan).getConstraintMatchTotalMap().values().stream()
                .filter(total -> total.getScore().hardScore() < 0)
                .map(total -> total.getConstraintRef().constraintName() + ": " + total.getConstraintMatchCount())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    /** The assignments that changed from version {@code from} to version {@code to}. */
    @Transactional(readOnly = true)
    public VersionDiff diff(long rotaId, int from, int to) {
        return diff(from, to, get(rotaId, from).shifts(), get(rotaId, to).shifts());
    }

    /**
     * The assignments of the draft that differ from version {@code from}: what publishing the draft would change
     * (empty when the draft is what was published).
     */
    @Transactional(readOnly = true)
    public VersionDiff diffToDraft(long rotaId, int from) {
        List<VersionShift> draft = rotas.shifts(rotaId).stream().map(RotaVersions::copy).toList();
        return diff(from, null, get(rotaId, from).shifts(), draft);
    }

    private static VersionDiff diff(int from, Integer to, List<VersionShift> beforeShifts,
            List<VersionShift> afterShifts) {
        Map<Slot, List<Long>> before = slots(beforeShifts);
        Map<Slot, List<Long>> after = slots(afterShifts);
        List<VersionDiff.Assignment> added = new ArrayList<>();
        List<VersionDiff.Assignment> removed = new ArrayList<>();
        List<VersionDiff.Reassignment> reassigned = new ArrayList<>();
        TreeSet<Slot> allSlots = new TreeSet<>(before.keySet());
        allSlots.addAll(after.keySet());
        for (Slot slot : allSlots) {
            List<Long> left = minus(before.getOrDefault(slot, List.of()), after.getOrDefault(slot, List.of()));
            List<Long> joined = minus(after.getOrDefault(slot, List.of()), before.getOrDefault(slot, List.of()));
            int paired = Math.min(left.size(), joined.size());
            for (int i = 0; i < paired; i++) {
                reassigned.add(new VersionDiff.Reassignment(slot.date(), slot.templateId(), left.get(i),
                        joined.get(i)));
            }
            left.subList(paired, left.size()).forEach(employee ->
                    removed.add(new VersionDiff.Assignment(slot.date(), slot.templateId(), employee)));
            joined.subList(paired, joined.size()).forEach(employee ->
                    added.add(new VersionDiff.Assignment(slot.date(), slot.templateId(), employee)));
        }
        return new VersionDiff(from, to, added, removed, reassigned, retimed(beforeShifts, afterShifts));
    }

    /** The shifts an employee kept (same date and template) whose times changed. */
    private static List<VersionDiff.Retiming> retimed(List<VersionShift> before, List<VersionShift> after) {
        Map<Held, VersionShift> earlier = before.stream().filter(shift -> shift.employeeId() != null)
                .collect(Collectors.toMap(Held::of, shift -> shift, (first, second) -> first));
        List<VersionDiff.Retiming> retimed = new ArrayList<>();
        after.stream().filter(shift -> shift.employeeId() != null)
                .sorted(Comparator.comparing(VersionShift::shiftDate).thenComparing(VersionShift::employeeId))
                .forEach(shift -> {
                    VersionShift was = earlier.get(Held.of(shift));
                    if (was != null && (!was.startsAt().equals(shift.startsAt())
                            || !was.endsAt().equals(shift.endsAt()))) {
                        retimed.add(new VersionDiff.Retiming(shift.shiftDate(), shift.shiftTemplateId(),
                                shift.employeeId(), was.startsAt(), was.endsAt(), shift.startsAt(), shift.endsAt()));
                    }
                });
        return retimed;
    }

    /** A shift as its holder has it: a rota gives an employee one shift a day. */
    private record Held(LocalDate date, long templateId, long employeeId) {
        static Held of(VersionShift shift) {
            return new Held(shift.shiftDate(), shift.shiftTemplateId(), shift.employeeId());
        }
    }

    private record Slot(LocalDate date, long templateId) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot other) {
            int byDate = date.compareTo(other.date);
            return byDate != 0 ? byDate : Long.compare(templateId, other.templateId);
        }
    }

    private static Map<Slot, List<Long>> slots(List<VersionShift> shifts) {
        return shifts.stream().filter(shift -> shift.employeeId() != null)
                .collect(Collectors.groupingBy(shift -> new Slot(shift.shiftDate(), shift.shiftTemplateId()),
                        TreeMap::new, Collectors.mapping(VersionShift::employeeId,
                                Collectors.collectingAndThen(Collectors.toList(),
                                        employees -> employees.stream().sorted().toList()))));
    }

    private static List<Long> minus(List<Long> from, List<Long> subtracted) {
        List<Long> rest = new ArrayList<>(from);
        subtracted.forEach(rest::remove);
        return rest;
    }

    private static VersionShift copy(RotaShift shift) {
        return new VersionShift(shift.id(), shift.employeeId(), shift.shiftTemplateId(), shift.shiftDate(),
                shift.startsAt(), shift.endsAt());
    }
}
