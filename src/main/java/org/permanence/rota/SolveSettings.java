package org.permanence.rota;

import java.time.Duration;

/**
 * The time budget a solve asks for; a null limit takes the default ({@code permanence.solving.*}, else the solver
 * XML). Both are capped by {@code permanence.solving.max-spent-limit}.
 */
public record SolveSettings(Duration spentLimit, Duration unimprovedLimit) {

    public static SolveSettings defaults() {
        return new SolveSettings(null, null);
    }
}
