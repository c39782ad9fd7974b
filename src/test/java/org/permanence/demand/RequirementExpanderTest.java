package org.permanence.demand;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementExpanderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long HANDLER = 1;
    private static final long FIRST_LINE = 2;
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 12);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 1, 17);

    private final RequirementExpander expander = new RequirementExpander(PARIS, Duration.ofMinutes(30));

    private static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }

    private static Instant paris(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(PARIS).toInstant();
    }

    @Test
    void weekdayRowBecomesHalfHourSlotsInUtc() {
        List<StaffingRequirement> slots = expander.expand(
                List.of(StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(7), at(9), 2)), List.of(), MONDAY, MONDAY);

        assertThat(slots).containsExactly(
                new StaffingRequirement(HANDLER, paris(MONDAY, 7, 0), paris(MONDAY, 7, 30), 2),
                new StaffingRequirement(HANDLER, paris(MONDAY, 7, 30), paris(MONDAY, 8, 0), 2),
                new StaffingRequirement(HANDLER, paris(MONDAY, 8, 0), paris(MONDAY, 8, 30), 2),
                new StaffingRequirement(HANDLER, paris(MONDAY, 8, 30), paris(MONDAY, 9, 0), 2));
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-01-12T06:00:00Z"));
    }

    @Test
    void weekendDaysUseTheWeekendPattern() {
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(11), at(12), 6),
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKEND, at(11), at(12), 4));

        List<StaffingRequirement> slots = expander.expand(needs, List.of(), SATURDAY, SATURDAY.plusDays(2));

        assertThat(slots).extracting(StaffingRequirement::required).containsExactly(4, 4, 4, 4, 6, 6);
    }

    @Test
    void dayOfWeekRowReplacesTheDayKindRowForThatDay() {
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(11), at(12), 6),
                StaffingNeed.weekly(HANDLER, DayPattern.MONDAY, at(11), at(12), 7));

        List<StaffingRequirement> slots = expander.expand(needs, List.of(), MONDAY, MONDAY.plusDays(1));

        assertThat(slots).extracting(StaffingRequirement::required).containsExactly(7, 7, 6, 6);
    }

    @Test
    void nightCrossingMidnightBelongsToTheDateItStarts() {
        List<StaffingRequirement> slots = expander.expand(
                List.of(StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(23), at(7), 2)), List.of(), MONDAY, MONDAY);

        assertThat(slots).hasSize(16);
        assertThat(slots.get(0).start()).isEqualTo(paris(MONDAY, 23, 0));
        assertThat(slots.get(15).end()).isEqualTo(paris(MONDAY.plusDays(1), 7, 0));
    }

    @Test
    void springForwardNightLastsSevenHours() {
        LocalDate beforeChange = LocalDate.of(2026, 3, 28);
        List<StaffingRequirement> slots = expander.expand(
                List.of(StaffingNeed.weekly(HANDLER, DayPattern.WEEKEND, at(23), at(7), 2)), List.of(),
                beforeChange, beforeChange);

        assertThat(slots).hasSize(14);
        assertThat(slots.get(0).start()).isEqualTo(Instant.parse("2026-03-28T22:00:00Z"));
        assertThat(slots.get(13).end()).isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
        assertThat(slots).allMatch(slot -> Duration.between(slot.start(), slot.end()).equals(Duration.ofMinutes(30)));
    }

    @Test
    void fallBackNightLastsNineHours() {
        LocalDate beforeChange = LocalDate.of(2026, 10, 24);
        List<StaffingRequirement> slots = expander.expand(
                List.of(StaffingNeed.weekly(HANDLER, DayPattern.WEEKEND, at(23), at(7), 2)), List.of(),
                beforeChange, beforeChange);

        assertThat(slots).hasSize(18);
        assertThat(slots.get(17).end()).isEqualTo(Instant.parse("2026-10-25T06:00:00Z"));
    }

    @Test
    void morningOfTheChangeDayStaysOnTheLocalHalfHours() {
        LocalDate changeDay = LocalDate.of(2026, 3, 29);
        List<StaffingRequirement> slots = expander.expand(
                List.of(StaffingNeed.weekly(HANDLER, DayPattern.WEEKEND, at(7), at(9), 2)), List.of(),
                changeDay, changeDay);

        assertThat(slots).extracting(StaffingRequirement::start).containsExactly(
                Instant.parse("2026-03-29T05:00:00Z"), Instant.parse("2026-03-29T05:30:00Z"),
                Instant.parse("2026-03-29T06:00:00Z"), Instant.parse("2026-03-29T06:30:00Z"));
    }

    @Test
    void publicHolidayStaffedAsSunday() {
        LocalDate firstOfMay = LocalDate.of(2026, 5, 1);
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(11), at(12), 6),
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKEND, at(11), at(12), 4));
        DayOverride holiday = new DayOverride(null, firstOfMay, DayOfWeek.SUNDAY, "1 May", null);

        List<StaffingRequirement> slots = expander.expand(needs, List.of(holiday), firstOfMay, firstOfMay);

        assertThat(slots).extracting(StaffingRequirement::required).containsExactly(4, 4);
    }

    @Test
    void dateRowsReplaceThePatternOfTheirSkillOnly() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(11), at(12), 6),
                StaffingNeed.weekly(FIRST_LINE, DayPattern.WEEKDAY, at(11), at(12), 1),
                StaffingNeed.onDate(HANDLER, christmas, at(11), at(12), 3));

        List<StaffingRequirement> slots = expander.expand(needs, List.of(), christmas, christmas);

        assertThat(slots).containsExactly(
                new StaffingRequirement(HANDLER, paris(christmas, 11, 0), paris(christmas, 11, 30), 3),
                new StaffingRequirement(HANDLER, paris(christmas, 11, 30), paris(christmas, 12, 0), 3),
                new StaffingRequirement(FIRST_LINE, paris(christmas, 11, 0), paris(christmas, 11, 30), 1),
                new StaffingRequirement(FIRST_LINE, paris(christmas, 11, 30), paris(christmas, 12, 0), 1));
    }

    @Test
    void overlappingRowsAddUp() {
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(9), at(11), 4),
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(10), at(11), 1));

        List<StaffingRequirement> slots = expander.expand(needs, List.of(), MONDAY, MONDAY);

        assertThat(slots).extracting(StaffingRequirement::required).containsExactly(4, 4, 5, 5);
    }

    @Test
    void rowsShorterThanASlotTakeTheMostNeededAtOnceNotTheirSum() {
        // A 15-minute forecast: 3 people 10:00-10:15, then 2 until 10:30, and an overlapping 1 from 10:20.
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, LocalTime.of(10, 0), LocalTime.of(10, 15), 3),
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, LocalTime.of(10, 15), LocalTime.of(10, 30), 2),
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, LocalTime.of(10, 20), LocalTime.of(11, 0), 2));

        List<StaffingRequirement> slots = expander.expand(needs, List.of(), MONDAY, MONDAY);

        assertThat(slots).containsExactly(
                new StaffingRequirement(HANDLER, paris(MONDAY, 10, 0), paris(MONDAY, 10, 30), 4),
                new StaffingRequirement(HANDLER, paris(MONDAY, 10, 30), paris(MONDAY, 11, 0), 2));
    }

    @Test
    void aRowOffTheGridGivesSlotsThatStartAndEndWithIt() {
        List<StaffingNeed> needs = List.of(
                StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, LocalTime.of(7, 15), LocalTime.of(15, 15), 1));

        List<StaffingRequirement> slots = expander.expand(needs, List.of(), MONDAY, MONDAY);

        assertThat(slots.get(0)).isEqualTo(new StaffingRequirement(HANDLER, paris(MONDAY, 7, 15), paris(MONDAY, 7, 30), 1));
        assertThat(slots.get(slots.size() - 1))
                .isEqualTo(new StaffingRequirement(HANDLER, paris(MONDAY, 15, 0), paris(MONDAY, 15, 15), 1));
        assertThat(slots.stream().mapToLong(slot -> Duration.between(slot.start(), slot.end()).toMinutes()).sum())
                .as("the row's 8 hours, no more").isEqualTo(480);
    }

    @Test
    void hourSlotsAreASetting() {
        RequirementExpander hourly = new RequirementExpander(PARIS, Duration.ofHours(1));

        List<StaffingRequirement> slots = hourly.expand(
                List.of(StaffingNeed.weekly(HANDLER, DayPattern.WEEKDAY, at(7), at(9), 2)), List.of(), MONDAY, MONDAY);

        assertThat(slots).hasSize(2);
    }
}
