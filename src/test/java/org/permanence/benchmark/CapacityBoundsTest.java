package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CapacityBoundsTest {

    @Test
    void instance8CannotCoverItsNightsWithTheNightsItsContractsAllow() {
        CapacityBounds bounds = CapacityBounds.of(BenchmarkFiles.instance(8));

        assertThat(bounds.shortTypeCapacity()).isEqualTo(Map.of("N", 74L));
        assertThat(bounds.shortTypeRequired()).isEqualTo(Map.of("N", 86L));
        assertThat(bounds.weekendShiftCapacity()).isEqualTo(134);
        assertThat(bounds.weekendShiftsRequired()).isEqualTo(133);
        assertThat(bounds.peopleShortAtLeast()).isEqualTo(12);
        assertThat(bounds.penaltyAtLeast()).isEqualTo(1200);
    }

    @Test
    void instance5HasSevenWeekendShiftsMoreToCoverThanItsContractsAllow() {
        CapacityBounds bounds = CapacityBounds.of(BenchmarkFiles.instance(5));

        assertThat(bounds.weekendShiftCapacity()).isEqualTo(76);
        assertThat(bounds.weekendShiftsRequired()).isEqualTo(83);
        assertThat(bounds.maxMinutes()).isEqualTo(bounds.minutesRequired());
        assertThat(bounds.shortTypeCapacity()).isEmpty();
        assertThat(bounds.peopleShortAtLeast()).isEqualTo(7);
        assertThat(bounds.penaltyAtLeast()).isEqualTo(700);
    }

    @Test
    void instance24MustWorkMoreMinutesThanItsCoverAsksFor() {
        CapacityBounds bounds = CapacityBounds.of(BenchmarkFiles.instance(24));

        assertThat(bounds.minMinutes() - bounds.minutesRequired()).isEqualTo(13_969_680L - 12_640_080L);
        // 1 329 600 minutes over, at most 720 per person over: 1 846.7, so 1 847 people.
        assertThat(bounds.peopleOverAtLeast()).isEqualTo(1847);
        assertThat(bounds.peopleShortAtLeast()).isZero();
        assertThat(bounds.penaltyAtLeast()).isEqualTo(1847);
    }

    @Test
    void noBoundExceedsTheBestKnownRosterOfItsInstance() {
        BestKnownValues bestKnown = BestKnownValues.load();
        for (int number = 1; number <= 24; number++) {
            Instance instance = BenchmarkFiles.instance(number);

            assertThat(CapacityBounds.of(instance).penaltyAtLeast()).as(instance.name())
                    .isLessThanOrEqualTo(bestKnown.of(instance.name()).orElseThrow());
        }
    }
}
