package org.permanence.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.constraint.ConstraintRef;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import org.permanence.rota.solver.RotaExplanations;
import org.permanence.rota.solver.RuleBreach;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Explains the difference of two score analyses of the same rota in plain words: the score difference comes from
 * {@link ScoreAnalysis#diff}, the created and removed matches from comparing each constraint's justifications, read
 * as the analysis reads them ({@link RotaExplanations}: local times, hours), before and after. Needs analyses
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
                    List<String> beforeMatches = descriptions(before.getConstraintAnalysis(ref));
                    List<String> afterMatches = descriptions(after.getConstraintAnalysis(ref));
                    List<String> created = minus(afterMatches, beforeMatches);
                    List<String> removed = minus(beforeMatches, afterMatches);
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
                        minus(descriptions(entry.getValue()), descriptions(before)).forEach(match ->
                                worsened.add(entry.getKey().constraintName() + ": " + match));
                    }
                });
        return worsened;
    }

    private List<String> descriptions(ConstraintAnalysis<HardMediumSoftLongScore> analysis) {
        if (analysis == null || analysis.matches() == null) {
            return List.of();
        }
        return analysis.matches().stream().map(MatchAnalysis::justification)
                .map(justification -> describe(analysis.constraintName(), justification)).toList();
    }

    private String describe(String constraintName, ConstraintJustification justification) {
        return justification instanceof RuleBreach breach ? explanations.explain(constraintName, breach)
                : String.valueOf(justification);
    }

    /** Multiset difference: each element of {@code subtracted} cancels one equal element of {@code from}. */
    private static List<String> minus(List<String> from, List<String> subtracted) {
        List<String> rest = new ArrayList<>(from);
        subtracted.forEach(rest::remove);
        return rest;
    }
}
