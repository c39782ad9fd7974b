package org.permanence.demand;

import java.time.Duration;

/**
 * Calls expected in one interval and the quality the helpline wants for them.
 *
 * @param serviceLevelTarget share of calls to answer within {@code answerThreshold}, e.g. 0.8
 * @param shrinkage          share of scheduled time not spent on the phones, e.g. 0.3
 */
public record CallForecast(double calls, Duration averageHandlingTime, Duration interval, double serviceLevelTarget,
        Duration answerThreshold, double shrinkage) {
}
