package org.permanence.demand;

import java.time.Duration;
import java.time.LocalTime;

/** Calls expected in the interval starting at local time {@code start}. */
public record ForecastInterval(LocalTime start, double calls, Duration averageHandlingTime) {
}
