package org.permanence.rota.solver;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import org.permanence.rota.domain.CoverCell;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.domain.WorkRules;

/**
 * Plans one employee's days (the whole period or a window of it) in one go, against what everyone else works: the
 * shift pattern that covers the most missing demand and grants the most requests while keeping the contract's day
 * rules. A dynamic programme over the days walks states "off for k days" and "working a run of r days whose last
 * shift is of succession class c", so runs, days off and forbidden successions are exact; the totals of the whole
 * period (minutes, shifts per type, worked weekends) are priced with Lagrange multipliers, adjusted until the pattern
 * keeps them. The day rules beyond these (rest in minutes, weekly limits, history) are left to the score.
 * <p>
 * Cell-by-cell moves cannot make such patterns: adding one shift to someone below their minimum total breaks a run
 * or a day off, which only a few coordinated changes repair. Re-planning the person does them all at once.
 */
final class EmployeePatternPlanner {

    /** Price of one broken day rule, far above any cover or request gain, so a rule is broken only when forced. */
    private static final double RULE_BREACH = 1e9;
    /** Understaffing counts on the medium level in the product; here one medium point weighs this many soft points. */
    private static final double MEDIUM_TO_SOFT = 10_000;
    private static final int MINUTE_ROUNDS = 30;
    private static final int COUNT_ROUNDS = 12;
    private static final double FIRST_MINUTE_PRICE_STEP = 0.02;
    /** Multipliers stay far below a rule breach: a total is never bought with a broken run. */
    private static final double MAX_MINUTE_PRICE = 10;
    private static final double MAX_COUNT_PRICE = 100_000;
    /** How a pattern's distance from its rules is counted when no price finds one that keeps them all. */
    private static final long COUNTED_BREACH = 480;
    private static final long DAY_RULE_BREACH = 1_000_000;
    /** A day off in a pattern of type indexes. */
    private static final int OFF = -1;

    private final EmployeeDay[][] grid;
    private final int dayCount;
    private final List<ShiftType> types;
    private final Map<ShiftType, Integer> typeIndex = new IdentityHashMap<>();
    private final int[] classOfType;
    private final int classCount;
    private final boolean[][] forbiddenClassSuccession;
    /** The group of a class: the classes that may precede it (see {@link PredecessorGroups}). */
    private final PredecessorGroups predecessorGroups;
    private final boolean[][] forbiddenSuccession;
    private final int[][] minutes;
    private final int[][][] cellsCovered;
    private final CoverCell[] cells;
    private final long[] cellRequired;
    private final double[] underGain;
    private final double overPrice;
    private final boolean[] saturday;
    private final boolean[] sunday;
    private final Map<Employee, double[][]> requestGains = new IdentityHashMap<>();
    /** The type index each employee row worked on each day when the planner last looked ({@link #OFF} = off). */
    private final int[][] seen;
    /** How many people work each type on each day, as {@link #seen}. */
    private final int[][] workingPerType;
    /**
     * While one move is planned ({@link #planningOneMove}), the days {@code [heldFrom, heldTo)} already caught up on:
     * the move's plans see the rota as it was then, and do not read everyone's days again for each employee.
     */
    private boolean holding;
    private int heldFrom;
    private int heldTo;
    /** Per employee row, the types their skills allow and the most shifts of each type their rules allow. */
    private final boolean[][] allowedTypes;
    private final int[][] maxShifts;

    EmployeePatternPlanner(RotaPlan rota, EmployeeDay[][] grid) {
        this.grid = grid;
        this.dayCount = rota.getCalendar().getDayCount();
        LinkedHashSet<ShiftType> allTypes = new LinkedHashSet<>(rota.getShiftTypes());
        for (EmployeeDay[] row : grid) {
            for (EmployeeDay day : row) {
                allTypes.addAll(day.getAllowedShiftTypes());
            }
        }
        this.types = List.copyOf(allTypes);
        this.seen = new int[grid.length][dayCount];
        for (int[] row : seen) {
            Arrays.fill(row, OFF);
        }
        this.workingPerType = new int[dayCount][types.size()];
        for (ShiftType type : types) {
            typeIndex.put(type, typeIndex.size());
        }
        this.allowedTypes = new boolean[grid.length][types.size()];
        this.maxShifts = new int[grid.length][types.size()];
        for (int employee = 0; employee < grid.length; employee++) {
            WorkRules rules = grid[employee][0].getEmployee().getRules();
            for (ShiftType type : typesOfEveryDay(grid[employee])) {
                allowedTypes[employee][typeIndex.get(type)] = true;
            }
            for (int t = 0; t < types.size(); t++) {
                maxShifts[employee][t] = rules.maxShiftsOf(types.get(t));
            }
        }
        this.classOfType = new int[types.size()];
        Map<String, Integer> classBySignature = new HashMap<>();
        for (ShiftType type : types) {
            classOfType[typeIndex.get(type)] = classBySignature.computeIfAbsent(successionSignature(type),
                    signature -> classBySignature.size());
        }
        this.classCount = classBySignature.size();
        this.forbiddenClassSuccession = new boolean[classCount][classCount];
        this.forbiddenSuccession = new boolean[types.size()][types.size()];
        for (ShiftType first : types) {
            for (ShiftType next : types) {
                if (first.forbidsOnNextDay(next)) {
                    int t = typeIndex.get(first);
                    int u = typeIndex.get(next);
                    forbiddenSuccession[t][u] = true;
                    forbiddenClassSuccession[classOfType[t]][classOfType[u]] = true;
                }
            }
        }
        this.predecessorGroups = PredecessorGroups.of(forbiddenClassSuccession);
        List<CoverCell> cellList = rota.getCalendar().getCoverCells();
        this.cells = cellList.toArray(CoverCell[]::new);
        Map<CoverCell, Integer> cellIndex = new IdentityHashMap<>();
        for (CoverCell cell : cells) {
            cellIndex.put(cell, cellIndex.size());
        }
        this.minutes = new int[types.size()][dayCount];
        this.cellsCovered = new int[types.size()][dayCount][];
        for (ShiftType type : types) {
            int t = typeIndex.get(type);
            for (int day = 0; day < dayCount; day++) {
                var occurrence = rota.getCalendar().occurrence(type, day);
                minutes[t][day] = occurrence.durationMinutes();
                cellsCovered[t][day] = occurrence.coveredCells().stream().mapToInt(cellIndex::get).toArray();
            }
        }
        double underFactor = scalar(weightOf(rota, RotaConstraintProvider.UNDERSTAFFING, HardMediumSoftLongScore.ONE_MEDIUM));
        this.overPrice = scalar(weightOf(rota, RotaConstraintProvider.OVERSTAFFING, HardMediumSoftLongScore.ONE_SOFT));
        this.cellRequired = new long[cells.length];
        this.underGain = new double[cells.length];
        for (int cell = 0; cell < cells.length; cell++) {
            cellRequired[cell] = cells[cell].getRequired();
            underGain[cell] = cells[cell].getUnderWeight() * underFactor;
        }
        this.saturday = new boolean[dayCount];
        this.sunday = new boolean[dayCount];
        for (int day = 0; day < dayCount; day++) {
            DayOfWeek dayOfWeek = rota.getCalendar().date(day).getDayOfWeek();
            saturday[day] = dayOfWeek == DayOfWeek.SATURDAY;
            sunday[day] = dayOfWeek == DayOfWeek.SUNDAY;
        }
        double onFactor = scalar(weightOf(rota, RotaConstraintProvider.SHIFT_ON_REQUEST, HardMediumSoftLongScore.ONE_SOFT));
        double offFactor = scalar(weightOf(rota, RotaConstraintProvider.SHIFT_OFF_REQUEST, HardMediumSoftLongScore.ONE_SOFT));
        for (ShiftRequest request : rota.getRequests()) {
            int day = rota.getCalendar().dayIndex(request.date());
            if (day < 0 || day >= dayCount) {
                continue;
            }
            double[][] gains = requestGains.computeIfAbsent(request.employee(),
                    employee -> new double[dayCount][types.size()]);
            double gain = request.kind() == ShiftRequest.Kind.ON ? request.weight() * onFactor
                    : -request.weight() * offFactor;
            for (ShiftType type : types) {
                if (request.shiftType() == null || request.shiftType() == type) {
                    gains[day][typeIndex.get(type)] += gain;
                }
            }
        }
    }

    /**
     * The types in the value range of every unpinned day of the row: the planner keeps one set of types per
     * employee, so a template worked on some days of the week only is left to the other moves.
     */
    private static List<ShiftType> typesOfEveryDay(EmployeeDay[] row) {
        Map<List<ShiftType>, Boolean> ranges = new IdentityHashMap<>();
        for (EmployeeDay day : row) {
            if (!day.isPinned()) {
                ranges.put(day.getAllowedShiftTypes(), true);
            }
        }
        List<ShiftType> common = null;
        for (List<ShiftType> range : ranges.keySet()) {
            common = common == null ? new ArrayList<>(range) : common;
            common.retainAll(range);
        }
        return common == null ? row[0].getAllowedShiftTypes() : common;
    }

    /** Types that forbid the same successors and are forbidden after the same predecessors behave alike in runs. */
    private String successionSignature(ShiftType type) {
        StringBuilder signature = new StringBuilder();
        for (ShiftType other : types) {
            signature.append(type.forbidsOnNextDay(other) ? '1' : '0').append(other.forbidsOnNextDay(type) ? '1' : '0');
        }
        return signature.toString();
    }

    private static HardMediumSoftLongScore weightOf(RotaPlan rota, String constraint,
                                                    HardMediumSoftLongScore defaultWeight) {
        HardMediumSoftLongScore weight = rota.getConstraintWeightOverrides().getConstraintWeight(constraint);
        return weight == null ? defaultWeight : weight;
    }

    private static double scalar(HardMediumSoftLongScore weight) {
        return weight.hardScore() * RULE_BREACH + weight.mediumScore() * MEDIUM_TO_SOFT + weight.softScore();
    }

    /**
     * The shift types (null = off) employee row {@code employee} of the grid should work on every day: new on days
     * {@code [from, to)}, as they are elsewhere (those days bound the pattern). Pinned days are kept.
     */
    ShiftType[] plan(int employee, int from, int to, Random random) {
        return plan(employee, from, to, random, new ShiftType[grid.length][]);
    }

    /**
     * As {@link #plan(int, int, int, Random)}, with every employee row {@code e} for which {@code assumed[e]} is
     * set counted as working those days instead of their current ones: how a re-plan of several employees sees
     * those not planned yet (off in the window) and those planned before. The employee's own assumed row, if set,
     * stands for their days outside the window (such as those {@link #lendMinutes} exchanged).
     */
    ShiftType[] plan(int employee, int from, int to, Random random, ShiftType[][] assumed) {
        return solve(employee, from, to, assumed, gains(employee, from, to, random, assumed));
    }

    /**
     * As {@link #plan(int, int, int, Random, ShiftType[][])}, with working {@code type} on {@code day} worth
     * {@code bonusShare} times the under weight of the cells it covers more than it is: where giving up a shift for
     * that cell would otherwise be a tie, the pattern gives it up.
     */
    ShiftType[] plan(int employee, int from, int to, Random random, ShiftType[][] assumed, int day, ShiftType type,
                     double bonusShare) {
        double[][] gains = gains(employee, from, to, random, assumed);
        if (day >= from && day < to) {
            int t = typeIndex.get(type);
            for (int cell : cellsCovered[t][day]) {
                gains[day][t] += underGain[cell] * bonusShare;
            }
        }
        return solve(employee, from, to, assumed, gains);
    }

    private ShiftType[] solve(int employee, int from, int to, ShiftType[][] assumed, double[][] gains) {
        int[] current = typesOf(employee, assumed);
        return shiftTypesOf(new Pattern(employee, current, from, to, gains).solve());
    }

    private int indexOf(ShiftType type) {
        return type == null ? OFF : typeIndex.get(type);
    }

    private ShiftType typeAt(int index) {
        return index == OFF ? null : types.get(index);
    }

    /** The type index employee row {@code employee} works each day, as {@code assumed} where it is set. */
    private int[] typesOf(int employee, ShiftType[][] assumed) {
        int[] days = new int[dayCount];
        for (int day = 0; day < dayCount; day++) {
            ShiftType worked = assumed[employee] != null ? assumed[employee][day] : grid[employee][day].getShiftType();
            days[day] = indexOf(worked);
        }
        return days;
    }

    /**
     * Frees minutes in employee row {@code borrower}'s total until it has room for {@code wanted} more, without
     * changing who covers what: on days outside {@code [from, to)}, the borrower and someone with minutes to spare
     * exchange the borrower's longer shift for their shorter one. Each exchange keeps both people's runs, days off
     * and weekends, their forbidden successions and their maximum shifts per type. Writes the rows changed into
     * {@code assumed} (only rows not already there take part) and returns the lenders' rows, none when the borrower
     * already has the room or no exchange fits.
     * <p>
     * The hand-overs of re-plans move whole shifts, and once most people are at their maximum minutes, a short cell
     * is only filled by someone who first gives up minutes elsewhere: instance 13 of the benchmark ended with 7 560
     * minutes to spare in slices of 120 over 39 people and 17 cells short (docs/benchmarks.md).
     */
    List<Integer> lendMinutes(int borrower, long wanted, int from, int to, Random random, ShiftType[][] assumed) {
        WorkRules borrowerRules = grid[borrower][0].getEmployee().getRules();
        if (borrowerRules.maxTotalMinutes() == WorkRules.NO_MAXIMUM) {
            return List.of();
        }
        int[] borrowerDays = typesOf(borrower, assumed);
        long needed = wanted - (borrowerRules.maxTotalMinutes() - totalMinutes(borrowerDays));
        if (needed <= 0) {
            return List.of();
        }
        List<int[]> exchanges = new ArrayList<>();
        int[][] lenderDays = new int[grid.length][];
        long[] lenderRoom = new long[grid.length];
        for (int day = 0; day < dayCount; day++) {
            if ((day >= from && day < to) || borrowerDays[day] == OFF || grid[borrower][day].isPinned()) {
                continue;
            }
            for (int lender = 0; lender < grid.length; lender++) {
                if (lender == borrower || assumed[lender] != null || grid[lender][day].isPinned()) {
                    continue;
                }
                ShiftType lent = grid[lender][day].getShiftType();
                if (lent != null && minutes[typeIndex.get(lent)][day] < minutes[borrowerDays[day]][day]) {
                    if (lenderDays[lender] == null) {
                        lenderDays[lender] = typesOf(lender, assumed);
                        lenderRoom[lender] = grid[lender][0].getEmployee().getRules().maxTotalMinutes()
                                - totalMinutes(lenderDays[lender]);
                    }
                    exchanges.add(new int[] {day, lender});
                }
            }
        }
        Collections.shuffle(exchanges, random);
        List<Integer> lenders = new ArrayList<>();
        for (int[] exchange : exchanges) {
            int day = exchange[0];
            int lender = exchange[1];
            int longer = borrowerDays[day];
            int shorter = lenderDays[lender][day];
            if (shorter == OFF) {
                continue; // off since it was listed: a background planner reads a rota the solver is changing
            }
            int difference = minutes[longer][day] - minutes[shorter][day];
            if (difference <= 0 || difference > lenderRoom[lender]
                    || !mayExchange(borrower, borrowerDays, day, shorter)
                    || !mayExchange(lender, lenderDays[lender], day, longer)) {
                continue;
            }
            borrowerDays[day] = shorter;
            lenderDays[lender][day] = longer;
            lenderRoom[lender] -= difference;
            if (!lenders.contains(lender)) {
                lenders.add(lender);
            }
            needed -= difference;
            if (needed <= 0) {
                break;
            }
        }
        if (!lenders.isEmpty()) {
            assumed[borrower] = shiftTypesOf(borrowerDays);
            for (int lender : lenders) {
                assumed[lender] = shiftTypesOf(lenderDays[lender]);
            }
        }
        return lenders;
    }

    /** Whether employee row {@code employee}, working {@code days}, may work {@code type} on {@code day} instead. */
    private boolean mayExchange(int employee, int[] days, int day, int type) {
        EmployeeDay employeeDay = grid[employee][day];
        if (!employeeDay.mayTake(types.get(type))
                || (day > 0 && days[day - 1] != OFF && forbiddenSuccession[days[day - 1]][type])
                || (day + 1 < dayCount && days[day + 1] != OFF && forbiddenSuccession[type][days[day + 1]])) {
            return false;
        }
        int worked = 0;
        for (int t : days) {
            if (t == type) {
                worked++;
            }
        }
        return worked < maxShifts[employee][type];
    }

    private long totalMinutes(int[] days) {
        long total = 0;
        for (int day = 0; day < dayCount; day++) {
            if (days[day] != OFF) {
                total += minutes[days[day]][day];
            }
        }
        return total;
    }

    private ShiftType[] shiftTypesOf(int[] days) {
        ShiftType[] shiftTypes = new ShiftType[dayCount];
        for (int day = 0; day < dayCount; day++) {
            shiftTypes[day] = typeAt(days[day]);
        }
        return shiftTypes;
    }

    int employeeCount() {
        return grid.length;
    }

    int cellCount() {
        return cells.length;
    }

    long requiredPeople(int cell) {
        return cellRequired[cell];
    }

    /** What one missing person on {@code cell} costs, in soft points. */
    double underCost(int cell) {
        return underGain[cell];
    }

    /** What the {@code extra}-th person above the requirement of {@code cell} adds to its cost, in soft points. */
    double extraPersonCost(int cell, int extra) {
        int required = cells[cell].getRequired();
        return (cells[cell].overstaffingCost(required + extra) - cells[cell].overstaffingCost(required + extra - 1))
                * overPrice;
    }

    /** Every cell a pattern of type indexes covers, once per shift that covers it. */
    int[] cellsWorked(int[] days) {
        int count = 0;
        for (int day = 0; day < dayCount; day++) {
            count += days[day] == OFF ? 0 : cellsCovered[days[day]][day].length;
        }
        int[] worked = new int[count];
        int next = 0;
        for (int day = 0; day < dayCount; day++) {
            if (days[day] != OFF) {
                for (int cell : cellsCovered[days[day]][day]) {
                    worked[next++] = cell;
                }
            }
        }
        return worked;
    }

    int dayCount() {
        return dayCount;
    }

    int typeCount() {
        return types.size();
    }

    /** Minutes of a shift of type index {@code type} on {@code day}. */
    int minutes(int type, int day) {
        return minutes[type][day];
    }

    boolean forbidsSuccession(int type, int next) {
        return forbiddenSuccession[type][next];
    }

    boolean isSaturday(int day) {
        return saturday[day];
    }

    boolean isSunday(int day) {
        return sunday[day];
    }

    WorkRules rules(int employee) {
        return grid[employee][0].getEmployee().getRules();
    }

    boolean mayWork(int employee, int type) {
        return allowedTypes[employee][type];
    }

    boolean isPinned(int employee, int day) {
        return grid[employee][day].isPinned();
    }

    int maxShiftsOf(int employee, int type) {
        return maxShifts[employee][type];
    }

    /** What each type on each day is worth to employee row {@code employee} at {@code cellPrice}, with requests. */
    double[][] gainsAt(int employee, double[] cellPrice) {
        double[][] requests = requestGains.get(grid[employee][0].getEmployee());
        double[][] gains = new double[dayCount][types.size()];
        for (int day = 0; day < dayCount; day++) {
            for (int t = 0; t < types.size(); t++) {
                double gain = requests == null ? 0 : requests[day][t];
                for (int cell : cellsCovered[t][day]) {
                    gain += cellPrice[cell];
                }
                gains[day][t] = gain;
            }
        }
        return gains;
    }

    /** The type index employee row {@code employee} works each day now ({@code -1} for a day off). */
    int[] currentDays(int employee) {
        int[] days = new int[dayCount];
        for (int day = 0; day < dayCount; day++) {
            days[day] = indexOf(grid[employee][day].getShiftType());
        }
        return days;
    }

    ShiftType[] shiftTypes(int[] days) {
        return shiftTypesOf(days);
    }

    /** The request weights a pattern of type indexes grants (on requests worked) minus those it breaks (off). */
    double requestGain(int employee, int[] days) {
        double[][] requests = requestGains.get(grid[employee][0].getEmployee());
        if (requests == null) {
            return 0;
        }
        double gain = 0;
        for (int day = 0; day < dayCount; day++) {
            if (days[day] != OFF) {
                gain += requests[day][days[day]];
            }
        }
        return gain;
    }

    /**
     * How far a pattern of employee row {@code employee} is from the rules the planner keeps: 0 when it keeps them
     * all, otherwise broken day rules (runs, days off, successions) weigh far more than totals missed.
     */
    long ruleExcess(int employee, int[] days) {
        return new Pattern(employee, days, 0, 0, new double[dayCount][]).totalsOf(days).excess;
    }

    /** Minutes of a shift of {@code type} on {@code day}. */
    int minutesOf(ShiftType type, int day) {
        return minutes[typeIndex.get(type)][day];
    }

    /** What working each type on each day of the window is worth against everyone else's current assignments. */
    private double[][] gains(int employee, int from, int to, Random random, ShiftType[][] assumed) {
        double[][] requests = requestGains.get(grid[employee][0].getEmployee());
        int[] othersPerCell = new int[cells.length];
        double[][] gains = new double[dayCount][];
        // A tiny random part breaks ties, so that the multipliers meet a pattern inside the totals' bounds. Drawn
        // from a generator of its own: the solver's is thread-safe (a compare-and-set a draw), and a draw per type
        // and day took 7 % of the profiled samples of instance 24's search.
        SplittableRandom tieBreaks = new SplittableRandom(random.nextLong());
        int[] changed = rowsCountedOtherwise(employee, assumed);
        catchUp(from, to);
        for (int day = from; day < to; day++) {
            countPeople(day, employee, assumed, changed, othersPerCell);
            gains[day] = new double[types.size()];
            for (int t = 0; t < types.size(); t++) {
                double gain = tieBreaks.nextDouble() * 1e-3;
                for (int cell : cellsCovered[t][day]) {
                    int others = othersPerCell[cell];
                    gain += others < cellRequired[cell] ? underGain[cell]
                            : -(cells[cell].overstaffingCost(others + 1) - cells[cell].overstaffingCost(others))
                            * overPrice;
                }
                if (requests != null) {
                    gain += requests[day][t];
                }
                gains[day][t] = gain;
            }
        }
        return gains;
    }

    /**
     * Counts in {@code perCell} the people on every cell the shifts of {@code day} cover, leaving out employee row
     * {@code excluded} (-1 for none) and taking {@code assumed} rows as worked.
     */
    private void countPeople(int day, int excluded, ShiftType[][] assumed, int[] perCell) {
        catchUp(day, day + 1);
        countPeople(day, excluded, assumed, rowsCountedOtherwise(excluded, assumed), perCell);
    }

    /** The employee rows not counted as the grid has them: {@code excluded} and those {@code assumed} sets. */
    private int[] rowsCountedOtherwise(int excluded, ShiftType[][] assumed) {
        int[] rows = new int[grid.length];
        int count = 0;
        for (int other = 0; other < grid.length; other++) {
            if (other == excluded || assumed[other] != null) {
                rows[count++] = other;
            }
        }
        return Arrays.copyOf(rows, count);
    }

    /**
     * As above, once {@link #catchUp} has seen the day, {@code changed} being the {@link #rowsCountedOtherwise} of
     * {@code excluded} and {@code assumed}.
     */
    private void countPeople(int day, int excluded, ShiftType[][] assumed, int[] changed, int[] perCell) {
        for (int t = 0; t < types.size(); t++) {
            for (int cell : cellsCovered[t][day]) {
                perCell[cell] = 0;
            }
        }
        for (int t = 0; t < types.size(); t++) {
            int people = workingPerType[day][t];
            if (people > 0) {
                for (int cell : cellsCovered[t][day]) {
                    perCell[cell] += people;
                }
            }
        }
        for (int other : changed) {
            ShiftType worked = typeAt(seen[other][day]);
            ShiftType counted = other == excluded ? null : assumed[other] != null ? assumed[other][day] : worked;
            if (counted != worked) {
                addPeople(day, seen[other][day], -1, perCell);
                addPeople(day, indexOf(counted), 1, perCell);
            }
        }
    }

    private void addPeople(int day, int type, int people, int[] perCell) {
        if (type != OFF) {
            for (int cell : cellsCovered[type][day]) {
                perCell[cell] += people;
            }
        }
    }

    /**
     * Plans one move: the plans and counts {@code planning} makes take the rota as it is when each day is first read,
     * and read it only once. Without it, each plan and count reads everyone's days of its window again (on instance
     * 24, a hand-over chain read them once per employee re-planned and once per day a shift was given up).
     */
    <T> T planningOneMove(Supplier<T> planning) {
        holding = true;
        heldFrom = 0;
        heldTo = 0;
        try {
            return planning.get();
        } finally {
            holding = false;
        }
    }

    /**
     * Brings {@link #workingPerType} of days {@code [from, to)} up to the grid: only the days that changed since the
     * planner last looked cost a type look-up, so a re-plan no longer recounts everyone's shifts. Row by row, as each
     * row's days lie together in memory: day by day, every read was a cache miss (on instance 24, 150 rows a day).
     */
    private void catchUp(int from, int to) {
        if (holding) {
            if (heldFrom <= from && to <= heldTo) {
                return;
            }
            if (from <= heldTo && heldFrom <= to) {
                heldFrom = Math.min(heldFrom, from);
                heldTo = Math.max(heldTo, to);
            } else {
                heldFrom = from;
                heldTo = to;
            }
        }
        for (int employee = 0; employee < grid.length; employee++) {
            EmployeeDay[] row = grid[employee];
            int[] seenOfRow = seen[employee];
            for (int day = from; day < to; day++) {
                ShiftType current = row[day].getShiftType();
                int before = seenOfRow[day];
                if (current == typeAt(before)) {
                    continue;
                }
                int worked = indexOf(current);
                if (before != OFF) {
                    workingPerType[day][before]--;
                }
                if (worked != OFF) {
                    workingPerType[day][worked]++;
                }
                seenOfRow[day] = worked;
            }
        }
    }

    /**
     * A random shift type that would cover a cell of {@code day} now short of people, or null when every cell of the
     * day has its people.
     */
    ShiftType understaffedType(int day, Random random) {
        int[] perCell = new int[cells.length];
        countPeople(day, -1, new ShiftType[grid.length][], perCell);
        List<ShiftType> understaffed = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            if (coversShortCell(t, day, perCell)) {
                understaffed.add(types.get(t));
            }
        }
        return understaffed.isEmpty() ? null : understaffed.get(random.nextInt(understaffed.size()));
    }

    /**
     * Whether a cell that a shift of {@code type} on {@code day} covers has fewer people than it requires, taking the
     * {@code assumed} rows as worked.
     */
    boolean isShortOf(int day, ShiftType type, ShiftType[][] assumed) {
        int[] perCell = new int[cells.length];
        countPeople(day, -1, assumed, perCell);
        return coversShortCell(typeIndex.get(type), day, perCell);
    }

    private boolean coversShortCell(int type, int day, int[] perCell) {
        for (int cell : cellsCovered[type][day]) {
            if (perCell[cell] < cellRequired[cell]) {
                return true;
            }
        }
        return false;
    }

    /** One dynamic programme over the days of a window, with the employee's Lagrange multipliers. */
    private final class Pattern {

        private final EmployeeDay[] row;
        /** The type index each day has now ({@link #OFF} for a day off). */
        private final int[] current;
        private final int from;
        private final int to;
        /** The programme runs from {@code from} to the end of the first long enough rest after the window. */
        private final int end;
        private final WorkRules rules;
        private final double[][] gains;
        /** The Lagrange multipliers: prices of a minute, of a shift of each type and of a worked weekend. */
        private double minutePrice;
        private final double[] typePrice;
        private double weekendPrice;
        private final boolean[] allowed;
        private final int[] maxOfType;
        private final int runCap;
        private final int offCap;
        private final int workBase;
        private final int stateCount;
        /** Per day and state, the state before and the type chosen, packed as {@link #trace}. */
        private final long[][] traces;
        private final double[] value;
        private final double[] next;
        /** The value of the last pattern {@link #run} found, and the minutes of its days the programme chose. */
        private double lastValue;
        private long lastMinutes;
        private final int[] bestClassOfGroup;
        private final double[] bestValueOfGroup;

        Pattern(int employee, int[] current, int from, int to, double[][] gains) {
            this.row = grid[employee];
            this.current = current;
            this.from = from;
            this.to = to;
            this.rules = row[0].getEmployee().getRules();
            this.gains = gains;
            this.allowed = allowedTypes[employee];
            this.maxOfType = maxShifts[employee];
            int longestUseful = Math.max(1, rules.minConsecutiveWorkingDays());
            if (rules.maxConsecutiveWorkingDays() != WorkRules.NO_MAXIMUM) {
                longestUseful = Math.max(longestUseful, rules.maxConsecutiveWorkingDays());
            }
            this.runCap = Math.min(longestUseful, dayCount);
            this.offCap = Math.max(1, Math.min(rules.minConsecutiveDaysOff(), dayCount));
            this.workBase = 1 + offCap;
            this.stateCount = workBase + classCount * runCap * 2;
            this.end = endOfInfluence();
            this.traces = new long[end - from][stateCount];
            this.value = new double[stateCount];
            this.next = new double[stateCount];
            this.typePrice = new double[types.size()];
            this.bestClassOfGroup = new int[predecessorGroups.added().length];
            this.bestValueOfGroup = new double[predecessorGroups.added().length];
        }

        /** After a rest of {@code offCap} kept days off, later days no longer depend on the window's pattern. */
        private int endOfInfluence() {
            int daysOff = 0;
            for (int day = to; day < dayCount; day++) {
                daysOff = current[day] == OFF ? daysOff + 1 : 0;
                if (daysOff >= offCap) {
                    return day + 1;
                }
            }
            return dayCount;
        }

        /**
         * A run that started on the first day is exempt from the minimum run length, so it has states of its own
         * until it is long enough for the exemption not to matter any more.
         */
        private int workState(int shiftClass, int run, boolean fromStart) {
            boolean exempt = fromStart && run < rules.minConsecutiveWorkingDays();
            return workBase + ((shiftClass * runCap) + (run - 1)) * 2 + (exempt ? 1 : 0);
        }

        /** The state after the days before the window, as they are. */
        private int stateBefore() {
            int last = from - 1;
            if (last < 0) {
                return 0;
            }
            int day = last;
            boolean working = current[last] != OFF;
            while (day >= 0 && (current[day] != OFF) == working) {
                day--;
            }
            int length = last - day;
            if (!working) {
                return day < 0 ? 0 : Math.min(length, offCap);
            }
            int shiftClass = classOfType[current[last]];
            return workState(shiftClass, Math.min(length, runCap), day < 0);
        }

        /**
         * Prices the counted totals (shifts per type, weekends) until the pattern keeps them, then searches the price
         * of a minute until the total minutes fall inside their bounds (doubling steps until one price gives too
         * many and another too few, then {@link #nextPrice}); returns the first pattern keeping every rule, or the
         * one closest to that.
         */
        int[] solve() {
            int[] best = null;
            long bestExcess = Long.MAX_VALUE;
            double lowPrice = Double.NEGATIVE_INFINITY;
            double highPrice = Double.POSITIVE_INFINITY;
            Line tooLong = null;
            Line tooShort = null;
            double step = FIRST_MINUTE_PRICE_STEP;
            for (int round = 0; round < MINUTE_ROUNDS; round++) {
                Totals totals = null;
                for (int countRound = 0; countRound < COUNT_ROUNDS; countRound++) {
                    int[] days = run();
                    totals = totalsOf(days);
                    if (totals.excess < bestExcess) {
                        best = days;
                        bestExcess = totals.excess;
                    }
                    if (totals.excess == 0 || !repriceCounts(totals)) {
                        break;
                    }
                    tooLong = null; // the counts' prices changed: the lines seen so far are not this programme's
                    tooShort = null;
                }
                if (totals.excess == 0) {
                    break;
                }
                Line line = new Line(lastValue + minutePrice * lastMinutes, lastMinutes);
                if (totals.minutes > rules.maxTotalMinutes()) {
                    if (tooShort != null && !line.above(tooShort, minutePrice)) {
                        break; // the two patterns are neighbours: no price gives one in between
                    }
                    lowPrice = minutePrice;
                    tooLong = line;
                } else if (totals.minutes < rules.minTotalMinutes()) {
                    if (tooLong != null && !line.above(tooLong, minutePrice)) {
                        break;
                    }
                    highPrice = minutePrice;
                    tooShort = line;
                } else {
                    break; // the minutes are right: what is left no price repairs
                }
                if (Double.isInfinite(highPrice)) {
                    minutePrice = Math.min(MAX_MINUTE_PRICE, minutePrice + step);
                    step *= 2;
                } else if (Double.isInfinite(lowPrice)) {
                    minutePrice = Math.max(-MAX_MINUTE_PRICE, minutePrice - step);
                    step *= 2;
                } else {
                    minutePrice = nextPrice(lowPrice, highPrice, tooLong, tooShort);
                }
            }
            if (bestExcess > 0) {
                int[] fitted = fitMinutes(best);
                if (totalsOf(fitted).excess < bestExcess) {
                    best = fitted;
                }
            }
            return best;
        }

        /**
         * Where the lines of the patterns too long and too short meet, if both were seen at the current counts'
         * prices: the best pattern there is either one in between, or one of them, when they are neighbours and the
         * price can do no better. Bisecting instead took 20 to 40 programmes to close in on that price, which a
         * pattern's random tie-breaks make exact to a millionth.
         */
        private static double nextPrice(double lowPrice, double highPrice, Line tooLong, Line tooShort) {
            if (tooLong != null && tooShort != null) {
                double meeting = tooLong.meeting(tooShort);
                if (meeting > lowPrice && meeting < highPrice) {
                    return meeting;
                }
            }
            return (lowPrice + highPrice) / 2;
        }

        /** A pattern's value as a function of the minute's price: {@code gain - price * minutes}. */
        private record Line(double gain, long minutes) {

            double valueAt(double price) {
                return gain - price * minutes;
            }

            double meeting(Line other) {
                return (gain - other.gain) / (minutes - other.minutes);
            }

            /** Better than {@code other} at {@code price} by more than rounding. */
            boolean above(Line other, double price) {
                double value = valueAt(price);
                double otherValue = other.valueAt(price);
                return value - otherValue > 1e-9 * Math.max(1, Math.abs(otherValue));
            }
        }

        /**
         * Moves the total minutes towards their bounds by giving working days of the window a longer or shorter
         * type, each time the change that loses least, never past the opposite bound: when the minutes' price jumps
         * from a pattern above the maximum to one below the minimum, as shifts of 480, 600 and 720 minutes make it do.
         * Days off, runs and weekends stay as they are.
         */
        private int[] fitMinutes(int[] days) {
            int[] fitted = days.clone();
            Totals totals = totalsOf(fitted);
            while (totals.minutes > rules.maxTotalMinutes() || totals.minutes < rules.minTotalMinutes()) {
                boolean tooMany = totals.minutes > rules.maxTotalMinutes();
                int bestDay = -1;
                int bestType = -1;
                double leastLoss = Double.POSITIVE_INFINITY;
                for (int day = from; day < to; day++) {
                    int worked = fitted[day];
                    if (worked == OFF || row[day].isPinned()) {
                        continue;
                    }
                    for (int t = 0; t < types.size(); t++) {
                        long total = totals.minutes + minutes[t][day] - minutes[worked][day];
                        boolean closer = tooMany ? total < totals.minutes && total >= rules.minTotalMinutes()
                                : total > totals.minutes && total <= rules.maxTotalMinutes();
                        if (!allowed[t] || !closer || totals.perType[t] >= maxOfType[t]
                                || !fitsBetween(fitted, day, t)) {
                            continue;
                        }
                        double loss = gains[day][worked] - gains[day][t];
                        if (loss < leastLoss) {
                            leastLoss = loss;
                            bestDay = day;
                            bestType = t;
                        }
                    }
                }
                if (bestDay < 0) {
                    break;
                }
                fitted[bestDay] = bestType;
                totals = totalsOf(fitted);
            }
            return fitted;
        }

        private boolean fitsBetween(int[] days, int day, int type) {
            return (day == 0 || days[day - 1] == OFF || !forbiddenSuccession[days[day - 1]][type])
                    && (day + 1 == dayCount || days[day + 1] == OFF || !forbiddenSuccession[type][days[day + 1]]);
        }

        /** Raises the price of every counted total the pattern exceeds; false when none is exceeded. */
        private boolean repriceCounts(Totals totals) {
            boolean repriced = false;
            for (int t = 0; t < types.size(); t++) {
                if (totals.perType[t] > maxOfType[t] && typePrice[t] < MAX_COUNT_PRICE) {
                    typePrice[t] = Math.min(MAX_COUNT_PRICE, typePrice[t] * 2 + 10);
                    repriced = true;
                }
            }
            if (totals.weekends > rules.maxWorkedWeekends() && weekendPrice < MAX_COUNT_PRICE) {
                weekendPrice = Math.min(MAX_COUNT_PRICE, weekendPrice * 2 + 10);
                repriced = true;
            }
            return repriced;
        }

        /** @param excess how far the pattern is from keeping every rule: a broken day rule outweighs any total */
        private record Totals(long minutes, int[] perType, int weekends, long excess) {
        }

        private Totals totalsOf(int[] days) {
            long total = 0;
            int[] perType = new int[types.size()];
            int weekends = 0;
            for (int day = 0; day < dayCount; day++) {
                int t = days[day];
                if (t == OFF) {
                    continue;
                }
                total += minutes[t][day];
                perType[t]++;
                if (saturday[day] || (sunday[day] && (day == 0 || days[day - 1] == OFF))) {
                    weekends++;
                }
            }
            long excess = Math.max(0, total - rules.maxTotalMinutes()) + Math.max(0, rules.minTotalMinutes() - total);
            for (int t = 0; t < types.size(); t++) {
                excess += Math.max(0, perType[t] - maxOfType[t]) * COUNTED_BREACH;
            }
            excess += Math.max(0, weekends - rules.maxWorkedWeekends()) * COUNTED_BREACH;
            excess += dayRuleBreaches(days) * DAY_RULE_BREACH;
            return new Totals(total, perType, weekends, excess);
        }

        private long dayRuleBreaches(int[] days) {
            long breaches = 0;
            int day = 0;
            while (day < dayCount) {
                boolean working = days[day] != OFF;
                int runStart = day;
                while (day < dayCount && (days[day] != OFF) == working) {
                    if (working && day > runStart && forbiddenSuccession[days[day - 1]][days[day]]) {
                        breaches++;
                    }
                    day++;
                }
                int length = day - runStart;
                boolean inside = runStart > 0 && day < dayCount;
                if (working) {
                    breaches += Math.max(0, length - (long) rules.maxConsecutiveWorkingDays());
                    if (inside) {
                        breaches += Math.max(0, rules.minConsecutiveWorkingDays() - length);
                    }
                } else if (inside) {
                    breaches += Math.max(0, rules.minConsecutiveDaysOff() - length);
                }
            }
            return breaches;
        }

        /** The best pattern at the current prices; pinned days and days outside the window are forced. */
        private int[] run() {
            double[] value = this.value;
            double[] next = this.next;
            Arrays.fill(value, Double.NEGATIVE_INFINITY);
            int initial = stateBefore();
            value[initial] = 0;
            int[] bestOfClass = new int[classCount];
            double[] bestGainOfClass = new double[classCount];
            for (int day = from; day < end; day++) {
                Arrays.fill(next, Double.NEGATIVE_INFINITY);
                long[] trace = traces[day - from];
                boolean free = day < to && !row[day].isPinned();
                boolean offPossible = free || current[day] == OFF;
                Arrays.fill(bestOfClass, -1);
                Arrays.fill(bestGainOfClass, Double.NEGATIVE_INFINITY);
                if (free) {
                    for (int t = 0; t < types.size(); t++) {
                        if (!allowed[t]) {
                            continue;
                        }
                        double gain = gains[day][t] - minutePrice * minutes[t][day] - typePrice[t];
                        int shiftClass = classOfType[t];
                        if (gain > bestGainOfClass[shiftClass]) {
                            bestGainOfClass[shiftClass] = gain;
                            bestOfClass[shiftClass] = t;
                        }
                    }
                } else if (current[day] != OFF) {
                    int t = current[day];
                    bestOfClass[classOfType[t]] = t;
                    bestGainOfClass[classOfType[t]] = 0;
                }
                boolean weekendDay = saturday[day] || sunday[day];
                boolean saturdayBefore = day > 0 && saturday[day - 1];
                // From off (off since the start, or off for k days) to off or to a first working day.
                for (int offRun = 0; offRun < workBase; offRun++) {
                    double reached = value[offRun];
                    if (reached == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    if (offPossible) {
                        relax(next, trace, offRun == 0 ? 0 : Math.min(offRun + 1, offCap), reached,
                                offRun, OFF);
                    }
                    double cost = offRun > 0 && offRun < rules.minConsecutiveDaysOff()
                            ? RULE_BREACH * (rules.minConsecutiveDaysOff() - offRun) : 0;
                    if (weekendDay) {
                        cost += weekendPrice; // a Saturday, or a Sunday after a Saturday off
                    }
                    for (int nextClass = 0; nextClass < classCount; nextClass++) {
                        if (bestOfClass[nextClass] >= 0) {
                            relax(next, trace, workState(nextClass, 1, day == 0),
                                    reached + bestGainOfClass[nextClass] - cost, offRun, bestOfClass[nextClass]);
                        }
                    }
                }
                // From a working run: to a day off, or on with the best predecessor class the next class may follow.
                for (int run = 1; run <= runCap; run++) {
                    for (int fromStart = 0; fromStart < 2; fromStart++) {
                        if (fromStart == 1 && run >= rules.minConsecutiveWorkingDays()) {
                            continue; // the same states as fromStart == 0
                        }
                        int bestClass = -1;
                        double bestValue = Double.NEGATIVE_INFINITY;
                        for (int shiftClass = 0; shiftClass < classCount; shiftClass++) {
                            int state = workState(shiftClass, run, fromStart == 1);
                            double reached = value[state];
                            if (reached == Double.NEGATIVE_INFINITY) {
                                continue;
                            }
                            if (offPossible) {
                                double cost = fromStart == 0 && run < rules.minConsecutiveWorkingDays()
                                        ? RULE_BREACH * (rules.minConsecutiveWorkingDays() - run) : 0;
                                relax(next, trace, 1, reached - cost, state, OFF);
                            }
                            if (reached > bestValue) {
                                bestValue = reached;
                                bestClass = shiftClass;
                            }
                        }
                        if (bestClass < 0) {
                            continue;
                        }
                        double cost = run + 1 > rules.maxConsecutiveWorkingDays() ? RULE_BREACH : 0;
                        if (saturday[day] || (sunday[day] && !saturdayBefore)) {
                            cost += weekendPrice;
                        }
                        bestOfEachGroup(value, run, fromStart == 1);
                        int targetRun = Math.min(run + 1, runCap);
                        for (int nextClass = 0; nextClass < classCount; nextClass++) {
                            if (bestOfClass[nextClass] < 0) {
                                continue;
                            }
                            int group = predecessorGroups.groupOf()[nextClass];
                            int sourceClass = bestClassOfGroup[group];
                            double source = bestValueOfGroup[group];
                            if (bestValue - RULE_BREACH > source) { // no class allowed before reached the day
                                source = bestValue - RULE_BREACH;
                                sourceClass = bestClass;
                            }
                            relax(next, trace, workState(nextClass, targetRun, fromStart == 1),
                                    source + bestGainOfClass[nextClass] - cost,
                                    workState(sourceClass, run, fromStart == 1), bestOfClass[nextClass]);
                        }
                    }
                }
                double[] swap = value;
                value = next;
                next = swap;
            }
            int state = 0;
            for (int candidate = 1; candidate < stateCount; candidate++) {
                if (value[candidate] > value[state]) {
                    state = candidate;
                }
            }
            lastValue = value[state];
            long freeMinutes = 0;
            int[] days = current.clone();
            for (int day = end - 1; day >= from; day--) {
                long trace = traces[day - from][state];
                days[day] = (int) trace;
                state = (int) (trace >>> 32);
                if (days[day] != OFF && day < to && !row[day].isPinned()) {
                    freeMinutes += minutes[days[day]][day];
                }
            }
            lastMinutes = freeMinutes;
            return days;
        }

        /**
         * For each predecessor group, the class of the best run of {@code run} days in {@code value} and its value
         * (class -1 and minus infinity when no class of the group reached the day), into {@link #bestClassOfGroup}
         * and {@link #bestValueOfGroup}: a group that extends the one before starts from its best.
         */
        private void bestOfEachGroup(double[] value, int run, boolean fromStart) {
            int bestClassSoFar = -1;
            double bestSoFar = Double.NEGATIVE_INFINITY;
            for (int group = 0; group < predecessorGroups.added().length; group++) {
                if (!predecessorGroups.extendsPrevious()[group]) {
                    bestClassSoFar = -1;
                    bestSoFar = Double.NEGATIVE_INFINITY;
                }
                for (int shiftClass : predecessorGroups.added()[group]) {
                    double reached = value[workState(shiftClass, run, fromStart)];
                    if (reached > bestSoFar) {
                        bestSoFar = reached;
                        bestClassSoFar = shiftClass;
                    }
                }
                bestClassOfGroup[group] = bestClassSoFar;
                bestValueOfGroup[group] = bestSoFar;
            }
        }

        /** One word per state: the state before in the high half, the type chosen (or {@link #OFF}) in the low. */
        private static long trace(int source, int type) {
            return ((long) source << 32) | (type & 0xFFFFFFFFL);
        }

        private void relax(double[] next, long[] trace, int target, double candidate, int source, int type) {
            if (candidate > next[target]) {
                next[target] = candidate;
                trace[target] = trace(source, type);
            }
        }
    }
}
