package org.permanence.demand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns staffing needs (weekly pattern, date rows, days staffed as another day) into concrete slots for a period.
 *
 * <p>A row belongs to the date it starts on, so a period includes the night that starts on its last date and not
 * the one that ends on its first morning. Local times are resolved in the helpline zone, so a 23:00–07:00 night
 * lasts 7 h or 9 h across a daylight-saving change. Slots are laid on a grid starting at each date's local
 * midnight; a row that covers any part of a slot requires its people for that slot, and overlapping rows add up.
 */
public final class RequirementExpander {

    private final ZoneId zone;
    private final Duration slotLength;

    public RequirementExpander(ZoneId zone, Duration slotLength) {
        if (slotLength.isNegative() || slotLength.isZero()) {
            throw new IllegalArgumentException("slot length must be positive");
        }
        this.zone = Objects.requireNonNull(zone);
        this.slotLength = slotLength;
    }

    public List<StaffingRequirement> expand(Collection<StaffingNeed> needs, Collection<DayOverride> overrides,
            LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        Map<LocalDate, DayOfWeek> staffedAs = overrides.stream()
                .collect(Collectors.toMap(DayOverride::overrideDate, DayOverride::staffedAs, (a, b) -> a));
        Map<Long, List<StaffingNeed>> needsBySkill = needs.stream()
                .collect(Collectors.groupingBy(StaffingNeed::skillId, TreeMap::new, Collectors.toList()));
        Map<SlotKey, Integer> required = new TreeMap<>(SlotKey.ORDER);
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayOfWeek day = staffedAs.getOrDefault(date, date.getDayOfWeek());
            for (List<StaffingNeed> skillNeeds : needsBySkill.values()) {
                for (StaffingNeed need : applicable(skillNeeds, date, day)) {
                    addSlots(required, need, date);
                }
            }
        }
        List<StaffingRequirement> requirements = new ArrayList<>(required.size());
        required.forEach((slot, count) -> requirements.add(
                new StaffingRequirement(slot.skillId(), slot.start(), slot.start().plus(slotLength), count)));
        return requirements;
    }

    private static List<StaffingNeed> applicable(List<StaffingNeed> skillNeeds, LocalDate date, DayOfWeek day) {
        List<StaffingNeed> forDate = select(skillNeeds, need -> date.equals(need.onDate()));
        if (!forDate.isEmpty()) {
            return forDate;
        }
        List<StaffingNeed> forDay = select(skillNeeds, need -> need.days() == DayPattern.of(day));
        if (!forDay.isEmpty()) {
            return forDay;
        }
        return select(skillNeeds, need -> need.days() == DayPattern.kindOf(day));
    }

    private static List<StaffingNeed> select(List<StaffingNeed> needs, Predicate<StaffingNeed> test) {
        return needs.stream().filter(test).toList();
    }

    private void addSlots(Map<SlotKey, Integer> required, StaffingNeed need, LocalDate date) {
        if (need.required() == 0) {
            return;
        }
        Instant gridOrigin = date.atStartOfDay(zone).toInstant();
        Instant start = date.atTime(need.startTime()).atZone(zone).toInstant();
        LocalDate endDate = need.crossesMidnight() ? date.plusDays(1) : date;
        Instant end = endDate.atTime(need.endTime()).atZone(zone).toInstant();
        long slotsBeforeStart = Duration.between(gridOrigin, start).toNanos() / slotLength.toNanos();
        for (Instant slot = gridOrigin.plus(slotLength.multipliedBy(slotsBeforeStart)); slot.isBefore(end);
                slot = slot.plus(slotLength)) {
            required.merge(new SlotKey(need.skillId(), slot), need.required(), Integer::sum);
        }
    }

    private record SlotKey(long skillId, Instant start) {
        static final Comparator<SlotKey> ORDER =
                Comparator.comparingLong(SlotKey::skillId).thenComparing(SlotKey::start);
    }
}
