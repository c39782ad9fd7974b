package org.permanence.demand;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ForecastStaffingTest {

    private static final Duration AHT = Duration.ofSeconds(180);
    private static final ForecastStaffing EIGHTY_IN_TWENTY =
            new ForecastStaffing(Duration.ofMinutes(30), 0.8, Duration.ofSeconds(20), 0.3);

    @Test
    void eachIntervalGetsItsErlangCStaffing() {
        List<IntervalStaffing> staffing = EIGHTY_IN_TWENTY.estimate(List.of(
                new ForecastInterval(LocalTime.of(10, 0), 100, AHT)));

        assertThat(staffing).singleElement().satisfies(interval -> {
            assertThat(interval.end()).isEqualTo(LocalTime.of(10, 30));
            assertThat(interval.estimate().agents()).isEqualTo(14);
            assertThat(interval.estimate().scheduled()).isEqualTo(20);
        });
    }

    @Test
    void equalNeighboursMergeIntoOneNeedAndQuietIntervalsDisappear() {
        List<IntervalStaffing> staffing = EIGHTY_IN_TWENTY.estimate(List.of(
                new ForecastInterval(LocalTime.of(10, 30), 100, AHT),
                new ForecastInterval(LocalTime.of(10, 0), 100, AHT),
                new ForecastInterval(LocalTime.of(11, 0), 0, AHT),
                new ForecastInterval(LocalTime.of(11, 30), 10, AHT)));

        List<StaffingNeed> needs = ForecastStaffing.weeklyNeeds(7, DayPattern.WEEKDAY, staffing);

        assertThat(needs).extracting(StaffingNeed::startTime, StaffingNeed::endTime, StaffingNeed::required)
                .containsExactly(
                        tuple(LocalTime.of(10, 0), LocalTime.of(11, 0), 20),
                        tuple(LocalTime.of(11, 30), LocalTime.of(12, 0),
                                staffing.get(3).estimate().scheduled()));
        assertThat(needs).allMatch(need -> need.skillId() == 7 && need.days() == DayPattern.WEEKDAY);
    }

    @Test
    void lastIntervalOfTheDayEndsAtMidnight() {
        List<IntervalStaffing> staffing = EIGHTY_IN_TWENTY.estimate(List.of(
                new ForecastInterval(LocalTime.of(23, 30), 5, AHT)));

        assertThat(ForecastStaffing.weeklyNeeds(1, DayPattern.SUNDAY, staffing).get(0).crossesMidnight()).isTrue();
    }
}
