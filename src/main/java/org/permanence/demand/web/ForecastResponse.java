package org.permanence.demand.web;

import org.permanence.demand.IntervalStaffing;

import java.time.LocalTime;
import java.util.List;

/**
 * @param intervals the Erlang C figures per forecast interval
 * @param needs     the staffing needs they amount to (stored when requested, then with ids)
 */
record ForecastResponse(List<IntervalResult> intervals, List<StaffingNeedResponse> needs, boolean stored) {

    record IntervalResult(LocalTime start, LocalTime end, double trafficErlangs, int agents, int scheduled,
            double serviceLevel, double averageSpeedOfAnswerSeconds, double occupancy) {

        static IntervalResult of(IntervalStaffing staffing) {
            var estimate = staffing.estimate();
            return new IntervalResult(staffing.start(), staffing.end(), estimate.traffic(), estimate.agents(),
                    estimate.scheduled(), estimate.serviceLevel(),
                    estimate.averageSpeedOfAnswer().toMillis() / 1000.0, estimate.occupancy());
        }
    }
}
