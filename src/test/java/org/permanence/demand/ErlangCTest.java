package org.permanence.demand;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ErlangCTest {

    private static final Duration AHT = Duration.ofSeconds(180);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);

    @Test
    void hundredCallsOfThreeMinutesPerHalfHourAreTenErlangs() {
        assertThat(ErlangC.traffic(100, AHT, HALF_HOUR)).isEqualTo(10.0);
    }

    @Test
    void workedExampleThirteenAgentsMissTheEightyPercentTarget() {
        assertThat(ErlangC.serviceLevel(13, 10.0, AHT, TWENTY_SECONDS)).isCloseTo(0.7956, within(0.0001));
    }

    @Test
    void workedExampleFourteenAgentsReachIt() {
        assertThat(ErlangC.serviceLevel(14, 10.0, AHT, TWENTY_SECONDS)).isCloseTo(0.8883, within(0.0001));
    }

    @Test
    void workedExampleNeedsFourteenOnThePhonesAndTwentyScheduled() {
        StaffingEstimate estimate = ErlangC.estimate(new CallForecast(100, AHT, HALF_HOUR, 0.8, TWENTY_SECONDS, 0.3));

        assertThat(estimate.agents()).isEqualTo(14);
        assertThat(estimate.scheduled()).isEqualTo(20);
        assertThat(estimate.serviceLevel()).isCloseTo(0.8883, within(0.0001));
        assertThat(estimate.occupancy()).isCloseTo(10.0 / 14, within(1e-9));
    }

    @Test
    void probabilityOfWaitingMatchesTheClosedFormula() {
        // Pw for A = 10, N = 14 from the textbook formula with factorials, small enough to compute directly.
        double a = 10;
        int n = 14;
        double sum = 0;
        double term = 1;
        for (int k = 0; k < n; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double top = term * n / (n - a);
        assertThat(ErlangC.probabilityOfWaiting(n, a)).isCloseTo(top / (sum + top), within(1e-12));
    }

    @Test
    void averageSpeedOfAnswerFollowsProbabilityOfWaiting() {
        double waiting = ErlangC.probabilityOfWaiting(14, 10.0);
        Duration asa = ErlangC.averageSpeedOfAnswer(14, 10.0, AHT);

        assertThat(asa.toMillis()).isEqualTo(Math.round(waiting * 180 / 4 * 1000));
    }

    @Test
    void largeTrafficDoesNotOverflow() {
        // 2 000 Erlangs: A^N / N! alone would overflow a double long before N reaches 2 000.
        int agents = ErlangC.agentsNeeded(2000, AHT, 0.8, TWENTY_SECONDS);

        assertThat(agents).isBetween(2001, 2100);
        assertThat(ErlangC.serviceLevel(agents, 2000, AHT, TWENTY_SECONDS)).isGreaterThanOrEqualTo(0.8);
        assertThat(ErlangC.serviceLevel(agents - 1, 2000, AHT, TWENTY_SECONDS)).isLessThan(0.8);
    }

    @Test
    void agentsNeededIsTheFewestThatReachTheTargetAcrossTraffics() {
        for (double traffic : new double[] {0.3, 1, 7.5, 10, 42.2, 150, 999.9}) {
            int agents = ErlangC.agentsNeeded(traffic, AHT, 0.9, TWENTY_SECONDS);

            assertThat(ErlangC.serviceLevel(agents, traffic, AHT, TWENTY_SECONDS)).as("traffic %s", traffic)
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(ErlangC.serviceLevel(agents - 1, traffic, AHT, TWENTY_SECONDS)).as("traffic %s", traffic)
                    .isLessThan(0.9);
        }
    }

    @Test
    void tooFewAgentsNeverAnswerInTime() {
        assertThat(ErlangC.probabilityOfWaiting(10, 10.0)).isEqualTo(1.0);
        assertThat(ErlangC.serviceLevel(9, 10.0, AHT, TWENTY_SECONDS)).isZero();
    }

    @Test
    void noCallsNeedNobody() {
        StaffingEstimate estimate = ErlangC.estimate(new CallForecast(0, AHT, HALF_HOUR, 0.8, TWENTY_SECONDS, 0.3));

        assertThat(estimate.agents()).isZero();
        assertThat(estimate.scheduled()).isZero();
    }

    @Test
    void shrinkageRoundsUpToWholePeople() {
        assertThat(ErlangC.scheduled(14, 0.3)).isEqualTo(20);
        assertThat(ErlangC.scheduled(15, 0.3)).isEqualTo(22);
        assertThat(ErlangC.scheduled(3, 0.0)).isEqualTo(3);
    }

    @Test
    void rejectsImpossibleTargets() {
        assertThatThrownBy(() -> ErlangC.agentsNeeded(10, AHT, 1.0, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.scheduled(14, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
