package org.permanence.rota.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days and civil weeks of a rota period and every (shift type, day) occurrence, computed once so constraints
 * only look values up.
 */
public final class RotaCalendar {

    private final LocalDate firstDay;
    private final int dayCount;
    private final RotaSettings settings;
    private final LocalDate firstMonday;
    private final int weekCount;
    private final int[] daysInPeriodByWeek;
    private final List<ShiftType> shiftTypes;
    private final Map<ShiftType, ShiftOccurrence[]> occurrences = new IdentityHashMap<>();
    private final Map<Employee, Map<DayOfWeek, List<ShiftType>>> shiftTypesByEmployee = new IdentityHashMap<>();
    private final Map<Employee, Boolean> nightWorkers = new IdentityHashMap<>();
    private final List<CoverCell> coverCells;

    public RotaCalendar(LocalDate firstDay, LocalDate lastDay, RotaSettings settings, List<ShiftType> shiftTypes,
                        List<CoverDemand> demands) {
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A rota period must end on or after its first day");
        }
        this.firstDay = firstDay;
        this.dayCount = (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        this.settings = settings;
        this.firstMonday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.weekCount = weekIndexOfDate(lastDay.plusDays(1)) + 1;
        this.daysInPeriodByWeek = new int[weekCount];
        for (int day = 0; day < dayCount; day++) {
            daysInPeriodByWeek[weekIndexOfDate(firstDay.plusDays(day))]++;
        }
        this.shiftTypes = List.copyOf(shiftTypes);
        CoverageIndex coverageIndex = new CoverageIndex(demands);
        this.coverCells = coverageIndex.mergeIntoCells(demands, shiftBoundaries(shiftTypes));
        for (ShiftType shiftType : shiftTypes) {
            ShiftOccurrence[] row = new ShiftOccurrence[dayCount];
            for (int day = 0; day < dayCount; day++) {
                row[day] = occurrence(shiftType, day, coverageIndex);
            }
            occurrences.put(shiftType, row);
        }
    }

    public ShiftOccurrence occurrence(ShiftType shiftType, int dayIndex) {
        return occurrences.get(shiftType)[dayIndex];
    }

    /** Every demand of the rota, merged into cells, each demand in exactly one cell. */
    public List<CoverCell> getCoverCells() {
        return coverCells;
    }

    public List<ShiftType> getShiftTypes() {
        return shiftTypes;
    }

    /**
     * Shift types the employee holds the skill for, may work at least once and that are worked on {@code date}'s day
     * of the week (shared by all their days of that weekday); never a {@linkplain ShiftType#oneOff one-off}, which
     * stays on the day a manager gave it.
     */
    public synchronized List<ShiftType> shiftTypesAllowedFor(Employee employee, LocalDate date) {
        return shiftTypesByEmployee.computeIfAbsent(employee, someone -> new EnumMap<>(DayOfWeek.class))
                .computeIfAbsent(date.getDayOfWeek(), weekday -> shiftTypes.stream()
                        .filter(type -> !type.isOneOff() && type.occursOn(date) && employee.canWork(type)
                                && employee.getRules().maxShiftsOf(type) > 0)
                        .toList());
    }

    /**
     * Whether the employee may work nights and holds the skill of a shift type that is a night shift on some day of
     * the period: the people the night load is shared between.
     */
    public synchronized boolean offersNightShiftsTo(Employee employee) {
        return nightWorkers.computeIfAbsent(employee, someone -> someone.getRules().nightWorkAllowed()
                && shiftTypes.stream().filter(type -> !type.isOneOff() && someone.canWork(type)
                        && someone.getRules().maxShiftsOf(type) > 0)
                .anyMatch(type -> Arrays.stream(occurrences.get(type))
                        .anyMatch(occurrence -> occurrence != null && occurrence.nightShift())));
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return firstDay.plusDays(dayCount - 1L);
    }

    public int getDayCount() {
        return dayCount;
    }

    /** Number of civil weeks touched by the period, including the day after its last day. */
    public int getWeekCount() {
        return weekCount;
    }

    public RotaSettings getSettings() {
        return settings;
    }

    public LocalDate date(int dayIndex) {
        return firstDay.plusDays(dayIndex);
    }

    public int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(firstDay, date);
    }

    public int weekIndexOfDate(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, date), 7);
    }

    public LocalDate weekMonday(int weekIndex) {
        return firstMonday.plusWeeks(weekIndex);
    }

    /** Days of the civil week that lie in the period: 7 for a week inside it, fewer where the period cuts it. */
    public int daysOfWeekInPeriod(int weekIndex) {
        return weekIndex >= 0 && weekIndex < weekCount ? daysInPeriodByWeek[weekIndex] : 0;
    }

    public Instant weekStart(int weekIndex) {
        return weekMonday(weekIndex).atStartOfDay(settings.zone()).toInstant();
    }

    public Instant periodStart() {
        return firstDay.atStartOfDay(settings.zone()).toInstant();
    }

    public Instant periodEnd() {
        return firstDay.plusDays(dayCount).atStartOfDay(settings.zone()).toInstant();
    }

    private ShiftOccurrence occurrence(ShiftType shiftType, int dayIndex, CoverageIndex coverageIndex) {
        ZoneId zone = settings.zone();
        LocalDate date = date(dayIndex);
        LocalDateTime localStart = date.atTime(shiftType.getStartTime());
        Instant start = localStart.atZone(zone).toInstant();
        Instant end = localStart.plusMinutes(shiftType.getNominalMinutes()).atZone(zone).toInstant();
        int duration = (int) Duration.between(start, end).toMinutes();
        List<CivilDayPart> parts = new ArrayList<>(2);
        int holidayMinutes = 0;
        for (LocalDate day = date; day.atStartOfDay(zone).toInstant().isBefore(end); day = day.plusDays(1)) {
            int minutes = overlapMinutes(start, end, day.atStartOfDay(zone).toInstant(),
                    day.plusDays(1).atStartOfDay(zone).toInstant());
            if (minutes > 0) {
                parts.add(new CivilDayPart(dayIndex(day), weekIndexOfDate(day), minutes));
                if (settings.publicHolidays().contains(day)) {
                    holidayMinutes += minutes;
                }
            }
        }
        int nightMinutes = settings.nightMinutes(start, end);
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        ShiftOccurrence withoutCoverage = new ShiftOccurrence(shiftType, date, dayIndex, start, end,
                start.getEpochSecond() / 60, end.getEpochSecond() / 60, duration, List.copyOf(parts),
                weekIndexOfDate(date), parts.stream().map(CivilDayPart::weekIndex).distinct().toList(), dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY,
                nightMinutes, nightMinutes >= settings.nightShiftMinNightMinutes(), holidayMinutes, List.of(),
                List.of());
        List<CoverDemand> covered = coverageIndex.demandsCoveredBy(withoutCoverage);
        return new ShiftOccurrence(shiftType, date, dayIndex, start, end, withoutCoverage.startMinute(),
                withoutCoverage.endMinute(), duration, withoutCoverage.civilDayParts(), withoutCoverage.weekIndex(),
                withoutCoverage.touchedWeeks(), withoutCoverage.weekendDay(), nightMinutes, withoutCoverage.nightShift(), holidayMinutes,
                covered, coverageIndex.cellsOf(covered));
    }

    /**
     * Start and end instants of every possible shift, per required skill: a hand-timed shift cuts the cells of its
     * own date only, so timing one shift by hand leaves the cells (and their analysis) of the other days as they were.
     */
    private Map<String, NavigableSet<Instant>> shiftBoundaries(List<ShiftType> types) {
        Map<String, NavigableSet<Instant>> boundaries = new HashMap<>();
        ZoneId zone = settings.zone();
        for (ShiftType type : types) {
            if (type.getRequiredSkill() == null) {
                continue;
            }
            NavigableSet<Instant> instants = boundaries.computeIfAbsent(type.getRequiredSkill(),
                    skill -> new TreeSet<>());
            for (int day = -1; day <= dayCount; day++) {
                if (!type.occursOn(date(day))) {
                    continue;
                }
                LocalDateTime start = date(day).atTime(type.getStartTime());
                instants.add(start.atZone(zone).toInstant());
                instants.add(start.plusMinutes(type.getNominalMinutes()).atZone(zone).toInstant());
            }
        }
        return boundaries;
    }

    static int overlapMinutes(Instant start, Instant end, Instant otherStart, Instant otherEnd) {
        Instant from = start.isAfter(otherStart) ? start : otherStart;
        Instant to = end.isBefore(otherEnd) ? end : otherEnd;
        return from.isBefore(to) ? (int) Duration.between(from, to).toMinutes() : 0;
    }

    /** Demands grouped by shift type and by skill, so each occurrence only scans the demands it might cover. */
    private static final class CoverageIndex {

        private final Map<ShiftType, List<CoverDemand>> byShiftType = new IdentityHashMap<>();
        private final Map<String, List<CoverDemand>> bySkill = new java.util.HashMap<>();

        CoverageIndex(List<CoverDemand> demands) {
            for (CoverDemand demand : demands) {
                if (demand.isSkillDemand()) {
                    bySkill.computeIfAbsent(demand.getSkill(), skill -> new ArrayList<>()).add(demand);
                } else {
                    byShiftType.computeIfAbsent(demand.getShiftType(), type -> new ArrayList<>()).add(demand);
                }
            }
        }

        private final Map<CoverDemand, CoverCell> cellOfDemand = new IdentityHashMap<>();

        /**
         * Merges adjacent skill slots needing the same people and weights when no shift starts or ends strictly
         * inside the merged span; every shift then covers a cell entirely or not at all.
         */
        List<CoverCell> mergeIntoCells(List<CoverDemand> demands, Map<String, NavigableSet<Instant>> boundaries) {
            List<CoverCell> cells = new ArrayList<>();
            for (List<CoverDemand> typeDemands : byShiftType.values()) {
                for (CoverDemand demand : typeDemands) {
                    addCell(cells, List.of(demand));
                }
            }
            for (Map.Entry<String, List<CoverDemand>> entry : bySkill.entrySet()) {
                NavigableSet<Instant> skillBoundaries = boundaries.getOrDefault(entry.getKey(), new TreeSet<>());
                List<CoverDemand> sorted = new ArrayList<>(entry.getValue());
                sorted.sort(Comparator.comparing(CoverDemand::getStart));
                List<CoverDemand> current = new ArrayList<>();
                for (CoverDemand demand : sorted) {
                    if (!current.isEmpty() && !continues(current.get(current.size() - 1), demand, skillBoundaries)) {
                        addCell(cells, current);
                        current = new ArrayList<>();
                    }
                    current.add(demand);
                }
                if (!current.isEmpty()) {
                    addCell(cells, current);
                }
            }
            return List.copyOf(cells);
        }

        private static boolean continues(CoverDemand previous, CoverDemand next, NavigableSet<Instant> boundaries) {
            Instant firstBoundaryAfterStart = boundaries.higher(previous.getStart());
            boolean noShiftStartsOrEndsInside = firstBoundaryAfterStart == null
                    || !firstBoundaryAfterStart.isBefore(next.getEnd());
            return previous.getEnd().equals(next.getStart()) && previous.getRequired() == next.getRequired()
                    && previous.getUnderWeight() == next.getUnderWeight()
                    && previous.getOverWeight() == next.getOverWeight() && noShiftStartsOrEndsInside;
        }

        private void addCell(List<CoverCell> cells, List<CoverDemand> demands) {
            CoverCell cell = new CoverCell(demands);
            cells.add(cell);
            for (CoverDemand demand : demands) {
                cellOfDemand.put(demand, cell);
            }
        }

        /** Cells of the covered demands: a shift covering a cell covers all its demands, so no cell is partial. */
        List<CoverCell> cellsOf(List<CoverDemand> covered) {
            return covered.stream().map(cellOfDemand::get).distinct().toList();
        }

        List<CoverDemand> demandsCoveredBy(ShiftOccurrence shift) {
            List<CoverDemand> candidates = new ArrayList<>(byShiftType.getOrDefault(shift.shiftType(), List.of()));
            String skill = shift.shiftType().getRequiredSkill();
            if (skill != null) {
                candidates.addAll(bySkill.getOrDefault(skill, List.of()));
            }
            return candidates.stream().filter(demand -> demand.isCoveredBy(shift)).toList();
        }
    }
}
