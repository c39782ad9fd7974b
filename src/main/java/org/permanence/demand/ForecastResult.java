package org.permanence.demand;

import java.util.List;

/** Erlang C figures per forecast interval and the staffing needs they amount to. */
public record ForecastResult(List<IntervalStaffing> intervals, List<StaffingNeed> needs, boolean stored) {
}
