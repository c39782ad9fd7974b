package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.permanence.rota.domain.WorkRules;

/**
 * The pricing problem of column generation for one employee, solved exactly: over the whole period, the pattern
 * worth most at given gains per day and shift type among those that keep the contract's rules. Runs, days off and
 * forbidden successions are states of a dynamic programme, as in {@link EmployeePatternPlanner}; unlike there, the
 * totals are resources of the programme instead of prices: the minutes worked (in steps of the shift lengths' greatest
 * common divisor), the weekends worked and the shifts of each type whose maximum can bind. A price cannot find a
 * pattern that only a total's exact value separates from a better one, and column generation stalls without it.
 * Totals that do not fit in {@link #MAX_STATE_DAYS} are priced instead, as far as that goes.
 */
final class PricingProgramme {

    /** The programme's size limit, in states times days: 60 MB of back pointers (5 bytes a state). */
    static final long MAX_STATE_DAYS = 12_000_000;
    private static final int PRICE_ROUNDS = 12;
    private static final int OFF = -1;

    private final int days;
    private final int typeCount;
    private final WorkRules rules;
    private final boolean[] allowed;
    private final boolean[] pinned;
    private final int[] pinnedType;
    private final int[][] minuteSteps;
    private final boolean[][] forbidden;
    private final boolean[] saturday;
    private final boolean[] sunday;
    private final int minutesStep;
    private final int minuteCap;
    private final boolean minutesBounded;
    private final int minStepsAtEnd;
    private final int weekendCap;
    /** Types whose count is a resource, with the stride of each in the resource index. */
    private final int[] countedTypes;
    private final int[] countedStride;
    private final int[] countedCap;
    private final int[] strideOfType;
    /** Types over their maximum only by price. */
    private final int[] pricedTypes;
    private final int[] maxCountOf;
    private final int resourceCount;
    private final int weekendStride;
    private final int offCap;
    private final int runCap;
    private final int workBase;
    private final int stateCount;
    private final int[] minutesOf;
    private final int[] weekendsOf;
    private final int[][] countOf;
    /** Back pointers of the last run: the state and resources each reached state came from, and the type worked. */
    private int[][] previous;
    private byte[][] chosen;

    private PricingProgramme(EmployeePatternPlanner planner, int employee, int[] current, long maxStateDays) {
        this.days = planner.dayCount();
        this.typeCount = planner.typeCount();
        this.rules = planner.rules(employee);
        this.allowed = new boolean[typeCount];
        this.pinned = new boolean[days];
        this.pinnedType = new int[days];
        this.minuteSteps = new int[typeCount][days];
        this.forbidden = new boolean[typeCount][typeCount];
        this.saturday = new boolean[days];
        this.sunday = new boolean[days];
        int step = 0;
        for (int t = 0; t < typeCount; t++) {
            allowed[t] = planner.mayWork(employee, t);
            for (int u = 0; u < typeCount; u++) {
                forbidden[t][u] = planner.forbidsSuccession(t, u);
            }
        }
        for (int day = 0; day < days; day++) {
            pinned[day] = planner.isPinned(employee, day);
            pinnedType[day] = current[day];
            saturday[day] = planner.isSaturday(day);
            sunday[day] = planner.isSunday(day);
            for (int t = 0; t < typeCount; t++) {
                if (allowed[t] || (pinned[day] && current[day] == t)) {
                    step = gcd(step, planner.minutes(t, day));
                }
            }
        }
        this.minutesStep = Math.max(1, step);
        this.minutesBounded = rules.maxTotalMinutes() != WorkRules.NO_MAXIMUM;
        this.minStepsAtEnd = (int) ((rules.minTotalMinutes() + minutesStep - 1) / minutesStep);
        this.minuteCap = minutesBounded ? rules.maxTotalMinutes() / minutesStep : minStepsAtEnd;
        for (int t = 0; t < typeCount; t++) {
            for (int day = 0; day < days; day++) {
                minuteSteps[t][day] = planner.minutes(t, day) / minutesStep;
            }
        }
        int weekends = 0;
        for (int day = 0; day < days; day++) {
            if (saturday[day] || (sunday[day] && (day == 0 || !saturday[day - 1]))) {
                weekends++;
            }
        }
        this.offCap = Math.max(1, Math.min(rules.minConsecutiveDaysOff(), days));
        boolean runBounded = rules.maxConsecutiveWorkingDays() != WorkRules.NO_MAXIMUM;
        this.runCap = Math.max(1, Math.min(days, runBounded
                ? Math.max(rules.maxConsecutiveWorkingDays(), rules.minConsecutiveWorkingDays())
                : rules.minConsecutiveWorkingDays()));
        this.workBase = 1 + offCap;
        this.stateCount = workBase + typeCount * runCap * 2;
        long resources = minuteCap + 1L;
        boolean weekendsBind = rules.maxWorkedWeekends() < weekends;
        if (weekendsBind && (long) stateCount * days * resources * (rules.maxWorkedWeekends() + 1) <= maxStateDays) {
            this.weekendCap = rules.maxWorkedWeekends();
        } else {
            this.weekendCap = 0;
        }
        this.weekendStride = minuteCap + 1;
        resources *= weekendCap + 1;
        this.maxCountOf = new int[typeCount];
        List<Integer> counted = new ArrayList<>();
        List<Integer> priced = new ArrayList<>();
        for (int t = 0; t < typeCount; t++) {
            int max = planner.maxShiftsOf(employee, t);
            maxCountOf[t] = max;
            if (!allowed[t] || max >= days) {
                continue;
            }
            if ((long) stateCount * days * resources * (max + 1) <= maxStateDays) {
                counted.add(t);
                resources *= max + 1;
            } else {
                priced.add(t);
            }
        }
        if (weekendsBind && weekendCap == 0 && rules.maxWorkedWeekends() > 0) {
            priced.add(OFF); // the weekends, priced
        }
        this.pricedTypes = priced.stream().mapToInt(Integer::intValue).toArray();
        this.countedTypes = counted.stream().mapToInt(Integer::intValue).toArray();
        this.countedStride = new int[countedTypes.length];
        this.countedCap = new int[countedTypes.length];
        this.strideOfType = new int[typeCount];
        long stride = (long) (minuteCap + 1) * (weekendCap + 1);
        for (int k = 0; k < countedTypes.length; k++) {
            countedStride[k] = (int) stride;
            countedCap[k] = planner.maxShiftsOf(employee, countedTypes[k]);
            strideOfType[countedTypes[k]] = (int) stride;
            stride *= countedCap[k] + 1;
        }
        this.resourceCount = (int) resources;
        this.minutesOf = new int[resourceCount];
        this.weekendsOf = new int[resourceCount];
        this.countOf = new int[countedTypes.length][resourceCount];
        for (int resource = 0; resource < resourceCount; resource++) {
            minutesOf[resource] = resource % (minuteCap + 1);
            weekendsOf[resource] = resource / (minuteCap + 1) % (weekendCap + 1);
            for (int k = 0; k < countedTypes.length; k++) {
                countOf[k][resource] = resource / countedStride[k] % (countedCap[k] + 1);
            }
        }
    }

    /**
     * The exact programme for employee row {@code employee}, or null when it would not fit in
     * {@link #MAX_STATE_DAYS}.
     */
    static PricingProgramme of(EmployeePatternPlanner planner, int employee) {
        PricingProgramme programme = new PricingProgramme(planner, employee, planner.currentDays(employee),
                MAX_STATE_DAYS);
        return programme.stateCount * (long) programme.resourceCount * programme.days > MAX_STATE_DAYS
                ? null : programme;
    }

    /** The states times days one run walks through. */
    long stateDays() {
        return stateCount * (long) resourceCount * days;
    }

    boolean isFixed(int day) {
        return pinned[day];
    }

    /** From now on every pattern works {@code type} on {@code day} (-1: has it off). */
    void fix(int day, int type) {
        pinned[day] = true;
        pinnedType[day] = type;
    }

    /** Whether {@code pattern} works every pinned or fixed day as fixed. */
    boolean keepsFixedDays(int[] pattern) {
        for (int day = 0; day < days; day++) {
            if (pinned[day] && pattern[day] != pinnedType[day]) {
                return false;
            }
        }
        return true;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /**
     * The pattern (a type index per day, -1 for off) with the largest sum of {@code gains[day][type]} that keeps
     * every rule, or null when none does or a priced total stays broken.
     */
    int[] solve(double[][] gains) {
        double[] typePrice = new double[typeCount];
        double weekendPrice = 0;
        for (int round = 0; round < PRICE_ROUNDS; round++) {
            int[] pattern = run(gains, typePrice, weekendPrice);
            if (pattern == null) {
                return null;
            }
            boolean broken = false;
            for (int priced : pricedTypes) {
                int worked = 0;
                int max;
                if (priced == OFF) {
                    worked = weekendsIn(pattern);
                    max = rules.maxWorkedWeekends();
                } else {
                    for (int type : pattern) {
                        worked += type == priced ? 1 : 0;
                    }
                    max = maxCountOf[priced];
                }
                if (worked > max) {
                    broken = true;
                    if (priced == OFF) {
                        weekendPrice = weekendPrice * 2 + 10;
                    } else {
                        typePrice[priced] = typePrice[priced] * 2 + 10;
                    }
                }
            }
            if (!broken) {
                return pattern;
            }
        }
        return null;
    }

    private int weekendsIn(int[] pattern) {
        int weekends = 0;
        for (int day = 0; day < days; day++) {
            if (pattern[day] != OFF && (saturday[day] || (sunday[day] && (day == 0 || pattern[day - 1] == OFF)))) {
                weekends++;
            }
        }
        return weekends;
    }

    private int workState(int type, int run, boolean fromStart) {
        return workBase + ((type * runCap) + (run - 1)) * 2 + (fromStart ? 1 : 0);
    }

    private int[] run(double[][] gains, double[] typePrice, double weekendPrice) {
        int size = stateCount * resourceCount;
        double[] value = new double[size];
        double[] next = new double[size];
        if (previous == null) {
            previous = new int[days][size];
            chosen = new byte[days][size];
        }
        Arrays.fill(value, Double.NEGATIVE_INFINITY);
        value[0] = 0; // off since the start, nothing used
        int minCons = rules.minConsecutiveWorkingDays();
        int maxCons = rules.maxConsecutiveWorkingDays();
        int minOff = rules.minConsecutiveDaysOff();
        for (int day = 0; day < days; day++) {
            Arrays.fill(next, Double.NEGATIVE_INFINITY);
            int[] from = previous[day];
            byte[] type = chosen[day];
            boolean offPossible = !pinned[day] || pinnedType[day] == OFF;
            for (int state = 0; state < stateCount; state++) {
                boolean off = state < workBase;
                int lastType = off ? OFF : (state - workBase) / 2 / runCap;
                int run = off ? 0 : (state - workBase) / 2 % runCap + 1;
                boolean fromStart = off ? state == 0 : (state - workBase) % 2 == 1;
                int offTarget = -1;
                if (offPossible) {
                    if (state == 0) {
                        offTarget = 0;
                    } else if (off) {
                        offTarget = Math.min(state + 1, offCap);
                    } else if (run >= minCons || fromStart) {
                        offTarget = 1;
                    }
                }
                boolean mayStart = !off || state == 0 || state >= minOff;
                boolean weekendIfWorked = saturday[day] || (sunday[day] && (off || day == 0));
                for (int resource = 0; resource < resourceCount; resource++) {
                    int index = state * resourceCount + resource;
                    double reached = value[index];
                    if (reached == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    if (offTarget >= 0) {
                        relax(next, from, type, offTarget * resourceCount + resource, reached, index, OFF);
                    }
                    if (!mayStart) {
                        continue;
                    }
                    for (int u = 0; u < typeCount; u++) {
                        if (pinned[day] ? pinnedType[day] != u : !allowed[u]) {
                            continue;
                        }
                        int target;
                        if (off) {
                            target = workState(u, 1, day == 0 && minCons > 1);
                        } else {
                            if (forbidden[lastType][u] || run + 1 > maxCons) {
                                continue;
                            }
                            int nextRun = Math.min(run + 1, runCap);
                            target = workState(u, nextRun, fromStart && nextRun < minCons);
                        }
                        int minutes = minutesOf[resource] + minuteSteps[u][day];
                        int nextResource = resource;
                        if (minutes > minuteCap) {
                            if (minutesBounded) {
                                continue;
                            }
                            nextResource += minuteCap - minutesOf[resource];
                        } else {
                            nextResource += minuteSteps[u][day];
                        }
                        double gain = gains[day][u] - typePrice[u];
                        if (weekendIfWorked) {
                            if (weekendCap > 0) {
                                if (weekendsOf[resource] == weekendCap) {
                                    continue;
                                }
                                nextResource += weekendStride;
                            } else if (rules.maxWorkedWeekends() == 0) {
                                continue;
                            } else {
                                gain -= weekendPrice;
                            }
                        }
                        int stride = strideOfType[u];
                        if (stride > 0) {
                            int k = countedIndex(u);
                            if (countOf[k][resource] == countedCap[k]) {
                                continue;
                            }
                            nextResource += stride;
                        }
                        relax(next, from, type, target * resourceCount + nextResource, reached + gain, index, u);
                    }
                }
            }
            double[] swap = value;
            value = next;
            next = swap;
        }
        int best = -1;
        for (int index = 0; index < size; index++) {
            if (value[index] != Double.NEGATIVE_INFINITY && minutesOf[index % resourceCount] >= minStepsAtEnd
                    && (best < 0 || value[index] > value[best])) {
                best = index;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] pattern = new int[days];
        for (int day = days - 1; day >= 0; day--) {
            pattern[day] = chosen[day][best];
            best = previous[day][best];
        }
        return pattern;
    }

    private int countedIndex(int type) {
        for (int k = 0; k < countedTypes.length; k++) {
            if (countedTypes[k] == type) {
                return k;
            }
        }
        throw new IllegalArgumentException("type " + type + " is not counted");
    }

    private static void relax(double[] next, int[] from, byte[] type, int target, double candidate, int source,
                              int chosenType) {
        if (candidate > next[target]) {
            next[target] = candidate;
            from[target] = source;
            type[target] = (byte) chosenType;
        }
    }
}
