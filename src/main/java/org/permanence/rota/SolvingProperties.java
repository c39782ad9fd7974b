package org.permanence.rota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of rota solving.
 *
 * @param saveInterval     how often at most the improving best rota is written to the draft while solving
 * @param spentLimit       default time budget of a solve; unset: the solver XML's ({@code secondsSpentLimit})
 * @param unimprovedLimit  default stop after this long without a better score; unset: the solver XML's
 * @param maxSpentLimit    upper bound of any budget, requested or default
 */
@ConfigurationProperties("permanence.solving")
public record SolvingProperties(
        @DefaultValue("5s") Duration saveInterval,
        Duration spentLimit,
        Duration unimprovedLimit,
        @DefaultValue("10m") Duration maxSpentLimit) {
}
