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
 * midnight; a row that covers part of a slot requires its people for that slot, which spans the rows in it and no
 * more (a row of 07:15–15:15 starts with a slot of 07:15–07:30, which a shift starting at 07:15 covers). Rows add up
 * where they overlap in time, and a slot takes the most people needed at any moment within it: rows of 3
 * (10:00–10:15) and 2 (10:15–10:30) make a 10:00–10:30 slot of 3, not 5.
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
        Map<SlotKey, List<RowPart>> partsBySlot = new TreeMap<>(SlotKey.ORDER);
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            DayOfWeek day = staffedAs.getOrDefault(date, date.getDayOfWeek());
            for (List<StaffingNeed> skillNeeds : needsBySkill.values()) {
                for (StaffingNeed need : applicable(skillNeeds, date, day)) {
                    addSlots(partsBySlot, need, date);
                }
            }
        }
        List<StaffingRequirement> requirements = new ArrayList<>(partsBySlot.size());
        partsBySlot.forEach((slot, parts) -> requirements.add(new StaffingRequirement(slot.skillId(),
                parts.stream().map(RowPart::start).min(Comparator.naturalOrder()).orElseThrow(),
                parts.stream().map(RowPart::end).max(Comparator.naturalOrder()).orElseThrow(), mostAtOnce(parts))));
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

    private void addSlots(Map<SlotKey, List<RowPart>> partsBySlot, StaffingNeed need, LocalDate date) {
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
            Instant slotEnd = slot.plus(slotLength);
            partsBySlot.computeIfAbsent(new SlotKey(need.skillId(), slot), key -> new ArrayList<>())
                    .add(new RowPart(start.isAfter(slot) ? start : slot, end.isBefore(slotEnd) ? end : slotEnd,
                            need.required()));
        }
    }

    /** The most people the rows ask for at one moment: a sweep over their starts and ends (an end frees first). */
    private static int mostAtOnce(List<RowPart> parts) {
        record Change(Instant at, int people) {
        }
        List<Change> changes = new ArrayList<>(2 * parts.size());
        for (RowPart part : parts) {
            changes.add(new Change(part.start(), part.required()));
            changes.add(new Change(part.end(), -part.required()));
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::people));
        int onDuty = 0;
        int most = 0;
        for (Change change : changes) {
            onDuty += change.people();
            most = Math.max(most, onDuty);
        }
        return most;
    }

    /** The part of a staffing need's row that falls in one slot. */
    private record RowPart(Instant start, Instant end, int required) {
    }

    private record SlotKey(long skillId, Instant start) {
        static final Comparator<SlotKey> ORDER =
                Comparator.comparingLong(SlotKey::skillId).thenComparing(SlotKey::start);
    }
}
