package org.permanence.demand;

import java.time.LocalTime;

/** The Erlang C estimate of one forecast interval [start, end) in local time. */
public record IntervalStaffing(LocalTime start, LocalTime end, StaffingEstimate estimate) {
}
