package org.permanence.demand;

import java.time.Duration;

/**
 * What Erlang C says one forecast interval needs.
 *
 * @param traffic       offered load in Erlangs
 * @param agents        agents on the phones needed for the service level target
 * @param scheduled     people to schedule once shrinkage is accounted for
 * @param serviceLevel  service level reached with {@code agents}
 * @param averageSpeedOfAnswer mean wait with {@code agents}
 * @param occupancy     share of the agents' time spent on calls
 */
public record StaffingEstimate(double traffic, int agents, int scheduled, double serviceLevel,
        Duration averageSpeedOfAnswer, double occupancy) {
}
