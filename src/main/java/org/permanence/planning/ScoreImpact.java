package org.permanence.planning;

import java.util.List;

/**
 * What a change does to a rota's score: the score before and after, their difference, and per constraint the
 * matches (broken rules) it created or removed, in plain words.
 */
public record ScoreImpact(String scoreBefore, String score, String scoreDifference, boolean feasible,
        List<ConstraintChange> constraints) {

    /** One constraint whose score changed: by how much, and which of its matches appeared or disappeared. */
    public record ConstraintChange(String constraint, String scoreDifference, List<String> created,
            List<String> removed) {
    }
}
