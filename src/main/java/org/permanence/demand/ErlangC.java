package org.permanence.demand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Erlang C queueing formulas for a contact centre (domain.md §5).
 *
 * <p>The probability of waiting is derived from the Erlang B recursion
 * {@code B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))}, which never forms Aᴺ or N!, so it stays exact for
 * hundreds of agents where the textbook formula overflows a double.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Offered traffic in Erlangs: calls × average handling time / interval length. */
    public static double traffic(double calls, Duration averageHandlingTime, Duration interval) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must not be negative");
        }
        requirePositive(averageHandlingTime, "average handling time");
        requirePositive(interval, "interval");
        return calls * seconds(averageHandlingTime) / seconds(interval);
    }

    /** Erlang C: probability that a call has to wait; 1 when the agents cannot keep up with the traffic. */
    public static double probabilityOfWaiting(int agents, double traffic) {
        if (agents <= traffic) {
            return 1.0;
        }
        return waitingFromErlangB(agents, traffic, erlangB(agents, traffic));
    }

    private static double erlangB(int agents, double traffic) {
        double erlangB = 1.0;
        for (int k = 1; k <= agents; k++) {
            erlangB = nextErlangB(k, traffic, erlangB);
        }
        return erlangB;
    }

    private static double nextErlangB(int agents, double traffic, double previous) {
        return traffic * previous / (agents + traffic * previous);
    }

    private static double waitingFromErlangB(int agents, double traffic, double erlangB) {
        return agents * erlangB / (agents - traffic * (1 - erlangB));
    }

    private static double serviceLevelFromWaiting(int agents, double traffic, double waiting,
            Duration averageHandlingTime, Duration threshold) {
        return 1 - waiting * Math.exp(-(agents - traffic) * seconds(threshold) / seconds(averageHandlingTime));
    }

    /** Share of calls answered within {@code threshold}. */
    public static double serviceLevel(int agents, double traffic, Duration averageHandlingTime, Duration threshold) {
        if (agents <= traffic) {
            return 0.0;
        }
        return serviceLevelFromWaiting(agents, traffic, probabilityOfWaiting(agents, traffic), averageHandlingTime,
                threshold);
    }

    /** Average speed of answer; infinite when the agents cannot keep up with the traffic. */
    public static Duration averageSpeedOfAnswer(int agents, double traffic, Duration averageHandlingTime) {
        if (agents <= traffic) {
            throw new IllegalArgumentException("the queue grows without bound with " + agents + " agents");
        }
        double asaSeconds = probabilityOfWaiting(agents, traffic) * seconds(averageHandlingTime) / (agents - traffic);
        return Duration.ofMillis(Math.round(asaSeconds * 1000));
    }

    /** Share of their time the agents spend handling calls. */
    public static double occupancy(int agents, double traffic) {
        if (agents <= 0) {
            throw new IllegalArgumentException("agents must be positive");
        }
        return Math.min(1.0, traffic / agents);
    }

    /** Fewest agents on the phones that reach {@code targetServiceLevel} within {@code threshold}. */
    public static int agentsNeeded(double traffic, Duration averageHandlingTime, double targetServiceLevel,
            Duration threshold) {
        if (targetServiceLevel <= 0 || targetServiceLevel >= 1) {
            throw new IllegalArgumentException("target service level must be between 0 and 1 (exclusive)");
        }
        if (traffic == 0) {
            return 0;
        }
        // One step of the Erlang B recursion per agent added: linear in the answer, not quadratic.
        int agents = (int) Math.floor(traffic) + 1;
        double erlangB = erlangB(agents, traffic);
        while (serviceLevelFromWaiting(agents, traffic, waitingFromErlangB(agents, traffic, erlangB),
                averageHandlingTime, threshold) < targetServiceLevel) {
            agents++;
            erlangB = nextErlangB(agents, traffic, erlangB);
        }
        return agents;
    }

    /**
     * People to schedule so that {@code agentsOnPhones} remain after shrinkage (breaks, training, absence):
     * ceil(N / (1 − shrinkage)). Decimal arithmetic keeps 14 / 0.7 at exactly 20.
     */
    public static int scheduled(int agentsOnPhones, double shrinkage) {
        if (shrinkage < 0 || shrinkage >= 1) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1)");
        }
        BigDecimal available = BigDecimal.ONE.subtract(BigDecimal.valueOf(shrinkage));
        return BigDecimal.valueOf(agentsOnPhones).divide(available, 0, RoundingMode.CEILING).intValueExact();
    }

    /** Staffing for one forecast interval: agents on the phones, people scheduled and the resulting quality. */
    public static StaffingEstimate estimate(CallForecast forecast) {
        double traffic = traffic(forecast.calls(), forecast.averageHandlingTime(), forecast.interval());
        int agents = agentsNeeded(traffic, forecast.averageHandlingTime(), forecast.serviceLevelTarget(),
                forecast.answerThreshold());
        if (agents == 0) {
            return new StaffingEstimate(0, 0, 0, 1.0, Duration.ZERO, 0);
        }
        return new StaffingEstimate(traffic, agents, scheduled(agents, forecast.shrinkage()),
                serviceLevel(agents, traffic, forecast.averageHandlingTime(), forecast.answerThreshold()),
                averageSpeedOfAnswer(agents, traffic, forecast.averageHandlingTime()),
                occupancy(agents, traffic));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
