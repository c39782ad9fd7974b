package org.permanence.benchmark;

import java.util.List;

/**
 * The benchmark's verdict on a roster: every hard violation and the soft penalty split by term (README §4).
 * The penalty is the benchmark objective; it is comparable with published values only when feasible.
 */
public record Evaluation(List<HardViolation> hardViolations, long shiftOnRequestPenalty,
                         long shiftOffRequestPenalty, long underCoverPenalty, long overCoverPenalty) {

    public Evaluation {
        hardViolations = List.copyOf(hardViolations);
    }

    public boolean feasible() {
        return hardViolations.isEmpty();
    }

    public long penalty() {
        return shiftOnRequestPenalty + shiftOffRequestPenalty + underCoverPenalty + overCoverPenalty;
    }
}
