package org.permanence.rota.web;

import jakarta.validation.constraints.Positive;
import org.permanence.rota.SolveSettings;

import java.time.Duration;

/** Optional time budget of a solve, in seconds; left out: the configured defaults. */
public record SolveRequest(@Positive Long spentLimitSeconds, @Positive Long unimprovedLimitSeconds) {

    public SolveSettings settings() {
        return new SolveSettings(spentLimitSeconds == null ? null : Duration.ofSeconds(spentLimitSeconds),
                unimprovedLimitSeconds == null ? null : Duration.ofSeconds(unimprovedLimitSeconds));
    }
}
