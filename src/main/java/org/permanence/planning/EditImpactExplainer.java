package org.permanence.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintRef;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.permanence.rota.solver.CoverBreach;
import org.permanence.rota.solver.RotaExplanations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Explains the difference of two score analyses of the same rota in plain words: the score difference comes from
 * {@link ScoreAnalysis#diff}, the created and removed matches from comparing each constraint's justifications, read
 * as the analysis reads them ({@link RotaExplanations}: local times, hours), before and after (coverage over time,
 * whatever cells the two rotas were cut into). Needs analyses
 * fetched with all matches.
 */
public final class EditImpactExplainer {

    private final RotaExplanations explanations;

    public EditImpactExplainer(ZoneId zone) {
        this.explanations = new RotaExplanations(zone);
    }

    public ScoreImpact explain(ScoreAnalysis<HardMediumSoftLongScore> before,
            ScoreAnalysis<HardMediumSoftLongScore> after) {
        ScoreAnalysis<HardMediumSoftLongScore> diff = after.diff(before);
        List<ScoreImpact.ConstraintChange> changes = new ArrayList<>();
        diff.constraintMap().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().constraintName()))
                .forEach(entry -> {
                    ConstraintRef ref = entry.getKey();
                    ConstraintAnalysis<HardMediumSoftLongScore> beforeAnalysis = before.getConstraintAnalysis(ref);
                    ConstraintAnalysis<HardMediumSoftLongScore> afterAnalysis = after.getConstraintAnalysis(ref);
                    List<String> created = changedMatches(ref.constraintName(), afterAnalysis, beforeAnalysis);
                    List<String> removed = changedMatches(ref.constraintName(), beforeAnalysis, afterAnalysis);
                    HardMediumSoftLongScore difference = entry.getValue().score();
                    if (!difference.isZero() || !created.isEmpty() || !removed.isEmpty()) {
                        changes.add(new ScoreImpact.ConstraintChange(ref.constraintName(), difference.toString(),
                                created, removed));
                    }
                });
        return new ScoreImpact(before.score().toString(), after.score().toString(), diff.score().toString(),
                after.score().isFeasible(), changes);
    }

    /**
     * The rules a change would break: of the constraints whose score the candidate makes worse than the base, the
     * matches the base does not have.
     */
    public List<String> worsenedMatches(ScoreAnalysis<HardMediumSoftLongScore> base,
            ScoreAnalysis<HardMediumSoftLongScore> candidate) {
        List<String> worsened = new ArrayList<>();
        candidate.constraintMap().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().constraintName()))
                .forEach(entry -> {
                    ConstraintAnalysis<HardMediumSoftLongScore> before = base.getConstraintAnalysis(entry.getKey());
                    HardMediumSoftLongScore baseScore = before == null ? HardMediumSoftLongScore.ZERO : before.score();
                    if (entry.getValue().score().compareTo(baseScore) < 0) {
                        changedMatches(entry.getKey().constraintName(), entry.getValue(), before).forEach(match ->
                                worsened.add(entry.getKey().constraintName() + ": " + match));
                    }
                });
        return worsened;
    }

    /**
     * The matches of {@code in} that {@code other} does not have, described. Coverage of skill cells is compared over
     * time: an edit that moves a shift boundary cuts the cells at other instants, and a cell cut in two with the same
     * people on duty is no change. Both sides' cells are cut at every boundary either side has, compared piece by
     * piece, and the pieces that differ are joined back into runs.
     */
    private List<String> changedMatches(String constraintName, ConstraintAnalysis<HardMediumSoftLongScore> in,
            ConstraintAnalysis<HardMediumSoftLongScore> other) {
        List<ConstraintJustification> inMatches = justifications(in);
        List<ConstraintJustification> otherMatches = justifications(other);
        List<String> changed = minus(describeAll(constraintName, inMatches.stream()
                        .filter(justification -> !isSkillCell(justification)).toList()),
                describeAll(constraintName, otherMatches.stream()
                        .filter(justification -> !isSkillCell(justification)).toList()));
        List<CoverBreach> inCells = skillCells(inMatches);
        List<CoverBreach> otherCells = skillCells(otherMatches);
        if (!inCells.isEmpty()) {
            TreeSet<Instant> cuts = new TreeSet<>();
            for (CoverBreach cell : inCells) {
                cuts.add(cell.start());
                cuts.add(cell.end());
            }
            for (CoverBreach cell : otherCells) {
                cuts.add(cell.start());
                cuts.add(cell.end());
            }
            List<CoverBreach> pieces = minus(cutAt(inCells, cuts), cutAt(otherCells, cuts));
            joinRuns(pieces).forEach(run -> changed.add(explanations.describe(constraintName, run)));
        }
        return changed;
    }

    private static List<ConstraintJustification> justifications(ConstraintAnalysis<HardMediumSoftLongScore> analysis) {
        if (analysis == null || analysis.matches() == null) {
            return List.of();
        }
        return analysis.matches().stream().map(MatchAnalysis::justification).toList();
    }

    private static boolean isSkillCell(ConstraintJustification justification) {
        return justification instanceof CoverBreach cover && cover.isSkillCell();
    }

    private static List<CoverBreach> skillCells(List<ConstraintJustification> justifications) {
        return justifications.stream().filter(EditImpactExplainer::isSkillCell).map(CoverBreach.class::cast).toList();
    }

    private List<String> describeAll(String constraintName, List<ConstraintJustification> justifications) {
        return justifications.stream().map(justification -> explanations.describe(constraintName, justification))
                .toList();
    }

    private static List<CoverBreach> cutAt(List<CoverBreach> cells, NavigableSet<Instant> cuts) {
        List<CoverBreach> pieces = new ArrayList<>();
        for (CoverBreach cell : cells) {
            Instant from = cell.start();
            for (Instant cut : cuts.subSet(cell.start(), false, cell.end(), true)) {
                pieces.add(cell.over(from, cut));
                from = cut;
            }
        }
        return pieces;
    }

    /** Pieces of one skill with the same people and need that follow each other become one run. */
    private static List<CoverBreach> joinRuns(List<CoverBreach> pieces) {
        List<CoverBreach> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparing(CoverBreach::skill).thenComparing(CoverBreach::start));
        List<CoverBreach> runs = new ArrayList<>();
        for (CoverBreach piece : sorted) {
            CoverBreach last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.skill().equals(piece.skill()) && last.end().equals(piece.start())
                    && last.people() == piece.people() && last.required() == piece.required()) {
                runs.set(runs.size() - 1, last.over(last.start(), piece.end()));
            } else {
                runs.add(piece);
            }
        }
        return runs;
    }

    /** Multiset difference: each element of {@code subtracted} cancels one equal element of {@code from}. */
    private static <T> List<T> minus(List<T> from, List<T> subtracted) {
        List<T> rest = new ArrayList<>(from);
        subtracted.forEach(rest::remove);
        return rest;
    }
}
