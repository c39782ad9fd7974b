package org.permanence.rota.solver;

import java.util.Arrays;

import org.permanence.rota.domain.WorkRules;

/**
 * The pricing problem of column generation for one employee, solved exactly: over the whole period, the pattern
 * worth most at given gains per day and shift type among those that keep the contract's rules. Runs, days off and
 * forbidden successions are states of a dynamic programme, as in {@link EmployeePatternPlanner}; unlike there, the
 * totals are resources of the programme instead of prices: the minutes worked (in steps of the shift lengths' greatest
 * common divisor), the weekends worked and the shifts of each type whose maximum can bind. A price cannot find a
 * pattern that only a total's exact value separates from a better one, and column generation stalls without it.
 * <p>
 * The weekends and the shifts per type become resources only once a best pattern breaks their maximum (decremental
 * state-space relaxation): a programme without them allows more patterns, so a best pattern of it that keeps every
 * maximum is the best of all. Most maximums never bind at the prices of column generation, and each resource
 * multiplies the programme's size by its maximum plus one. Totals whose resource would not fit in
 * {@link #MAX_STATE_DAYS} are priced instead, as far as that goes.
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
    /** The days pinned in the rota, as opposed to those a dive fixed. */
    private final boolean[] pinnedInRota;
    private final int[][] minuteSteps;
    private final boolean[][] forbidden;
    private final boolean[] saturday;
    private final boolean[] sunday;
    private final int minuteCap;
    private final boolean minutesBounded;
    private final int minStepsAtEnd;
    private final int offCap;
    private final int runCap;
    private final int workBase;
    private final int stateCount;
    private final int[] maxCountOf;
    /** Whether the weekends' maximum can bind, and then whether it is a resource or priced. */
    private final boolean weekendsBind;
    private boolean weekendsCounted;
    private boolean weekendsPriced;
    /** Per type: whether its maximum can bind, and then whether it is a resource or priced. */
    private final boolean[] typeBinds;
    private final boolean[] typeCounted;
    private final boolean[] typePriced;
    private Layout layout;
    private final Workspace workspace;

    private PricingProgramme(EmployeePatternPlanner planner, int employee, Workspace workspace) {
        this.workspace = workspace;
        this.days = planner.dayCount();
        this.typeCount = planner.typeCount();
        this.rules = planner.rules(employee);
        this.allowed = new boolean[typeCount];
        this.pinned = new boolean[days];
        this.pinnedType = planner.currentDays(employee).clone();
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
            saturday[day] = planner.isSaturday(day);
            sunday[day] = planner.isSunday(day);
            for (int t = 0; t < typeCount; t++) {
                if (allowed[t] || (pinned[day] && pinnedType[day] == t)) {
                    step = gcd(step, planner.minutes(t, day));
                }
            }
        }
        int minutesStep = Math.max(1, step);
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
        this.weekendsBind = rules.maxWorkedWeekends() > 0 && rules.maxWorkedWeekends() < weekends;
        this.maxCountOf = new int[typeCount];
        this.typeBinds = new boolean[typeCount];
        this.typeCounted = new boolean[typeCount];
        this.typePriced = new boolean[typeCount];
        this.pinnedInRota = pinned.clone();
        for (int t = 0; t < typeCount; t++) {
            maxCountOf[t] = planner.maxShiftsOf(employee, t);
            typeBinds[t] = allowed[t] && maxCountOf[t] < days;
        }
        this.layout = new Layout();
    }

    /**
     * The exact programme for employee row {@code employee}, or null when even its minutes would not fit in
     * {@link #MAX_STATE_DAYS}. Its back pointers are its own.
     */
    static PricingProgramme of(EmployeePatternPlanner planner, int employee) {
        return of(planner, employee, new Workspace());
    }

    /** As {@link #of(EmployeePatternPlanner, int)}, with back pointers shared by programmes run one at a time. */
    static PricingProgramme of(EmployeePatternPlanner planner, int employee, Workspace workspace) {
        PricingProgramme programme = new PricingProgramme(planner, employee, workspace);
        return programme.stateDays() > MAX_STATE_DAYS ? null : programme;
    }

    /** As {@link #of(EmployeePatternPlanner, int)}, counting from the start every total whose maximum can bind. */
    static PricingProgramme countingEveryTotal(EmployeePatternPlanner planner, int employee) {
        PricingProgramme programme = of(planner, employee);
        if (programme != null) {
            programme.weekendsCounted = programme.weekendsBind;
            System.arraycopy(programme.typeBinds, 0, programme.typeCounted, 0, programme.typeCount);
            programme.layout = programme.new Layout();
        }
        return programme;
    }

    /** The states times days one run walks through, with the resources the programme counts so far. */
    long stateDays() {
        return stateCount * (long) layout.resourceCount * days;
    }

    boolean isFixed(int day) {
        return pinned[day];
    }

    /** From now on every pattern works {@code type} on {@code day} (-1: has it off). */
    void fix(int day, int type) {
        pinned[day] = true;
        pinnedType[day] = type;
    }

    /** Frees every day a dive fixed; the days pinned in the rota stay pinned. */
    void unfix() {
        System.arraycopy(pinnedInRota, 0, pinned, 0, days);
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
        int priceRounds = 0;
        while (true) {
            int[] pattern = run(gains, typePrice, weekendPrice);
            if (pattern == null) {
                return null;
            }
            boolean counted = false;
            boolean priced = false;
            if (weekendsBind && !weekendsCounted && weekendsIn(pattern) > rules.maxWorkedWeekends()) {
                if (!weekendsPriced && fitsWith(rules.maxWorkedWeekends())) {
                    weekendsCounted = true;
                    counted = true;
                } else {
                    weekendsPriced = true;
                    weekendPrice = weekendPrice * 2 + 10;
                    priced = true;
                }
            }
            int[] worked = new int[typeCount];
            for (int type : pattern) {
                if (type != OFF) {
                    worked[type]++;
                }
            }
            for (int t = 0; t < typeCount; t++) {
                if (!typeBinds[t] || typeCounted[t] || worked[t] <= maxCountOf[t]) {
                    continue;
                }
                if (!typePriced[t] && fitsWith(maxCountOf[t])) {
                    typeCounted[t] = true;
                    counted = true;
                } else {
                    typePriced[t] = true;
                    typePrice[t] = typePrice[t] * 2 + 10;
                    priced = true;
                }
            }
            if (counted) {
                layout = new Layout();
            } else if (!priced) {
                return pattern;
            } else if (++priceRounds == PRICE_ROUNDS) {
                return null;
            }
        }
    }

    /** Whether one more resource of maximum {@code max} keeps the programme within {@link #MAX_STATE_DAYS}. */
    private boolean fitsWith(int max) {
        return stateDays() * (max + 1) <= MAX_STATE_DAYS;
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

    /**
     * One pass of the programme over the days. Only the states reached on a day are walked (a frontier): early days
     * and most mixes of the totals are never reached.
     */
    private int[] run(double[][] gains, double[] typePrice, double weekendPrice) {
        Layout resources = layout;
        int resourceCount = resources.resourceCount;
        int size = stateCount * resourceCount;
        workspace.ensure(days, size);
        double[] value = workspace.value;
        double[] next = workspace.next;
        int[] frontier = workspace.frontier;
        int[] nextFrontier = workspace.nextFrontier;
        Arrays.fill(value, 0, size, Double.NEGATIVE_INFINITY);
        Arrays.fill(next, 0, size, Double.NEGATIVE_INFINITY);
        value[0] = 0; // off since the start, nothing used
        frontier[0] = 0;
        int frontierSize = 1;
        int minCons = rules.minConsecutiveWorkingDays();
        int maxCons = rules.maxConsecutiveWorkingDays();
        int minOff = rules.minConsecutiveDaysOff();
        boolean noWeekends = rules.maxWorkedWeekends() == 0;
        for (int day = 0; day < days; day++) {
            int[] from = workspace.previous[day];
            byte[] type = workspace.chosen[day];
            boolean offPossible = !pinned[day] || pinnedType[day] == OFF;
            int nextSize = 0;
            for (int i = 0; i < frontierSize; i++) {
                int index = frontier[i];
                double reached = value[index];
                value[index] = Double.NEGATIVE_INFINITY; // the array holds the day after next from here on
                int state = index / resourceCount;
                int resource = index - state * resourceCount;
                boolean off = state < workBase;
                int lastType = off ? OFF : (state - workBase) / 2 / runCap;
                int run = off ? 0 : (state - workBase) / 2 % runCap + 1;
                boolean fromStart = off ? state == 0 : (state - workBase) % 2 == 1;
                if (offPossible) {
                    int offTarget = -1;
                    if (state == 0) {
                        offTarget = 0;
                    } else if (off) {
                        offTarget = Math.min(state + 1, offCap);
                    } else if (run >= minCons || fromStart) {
                        offTarget = 1;
                    }
                    if (offTarget >= 0) {
                        int target = offTarget * resourceCount + resource;
                        if (next[target] == Double.NEGATIVE_INFINITY) {
                            nextFrontier[nextSize++] = target;
                        }
                        relax(next, from, type, target, reached, index, OFF);
                    }
                }
                if (off && state != 0 && state < minOff) {
                    continue;
                }
                boolean weekendIfWorked = saturday[day] || (sunday[day] && (off || day == 0));
                for (int u = 0; u < typeCount; u++) {
                    if (pinned[day] ? pinnedType[day] != u : !allowed[u]) {
                        continue;
                    }
                    int targetState;
                    if (off) {
                        targetState = workState(u, 1, day == 0 && minCons > 1);
                    } else {
                        if (forbidden[lastType][u] || run + 1 > maxCons) {
                            continue;
                        }
                        int nextRun = Math.min(run + 1, runCap);
                        targetState = workState(u, nextRun, fromStart && nextRun < minCons);
                    }
                    int minutes = resources.minutesOf[resource] + minuteSteps[u][day];
                    int nextResource = resource;
                    if (minutes > minuteCap) {
                        if (minutesBounded) {
                            continue;
                        }
                        nextResource += minuteCap - resources.minutesOf[resource];
                    } else {
                        nextResource += minuteSteps[u][day];
                    }
                    double gain = gains[day][u] - typePrice[u];
                    if (weekendIfWorked) {
                        if (noWeekends) {
                            continue;
                        }
                        if (resources.weekendsOf != null) {
                            if (resources.weekendsOf[resource] == rules.maxWorkedWeekends()) {
                                continue;
                            }
                            nextResource += resources.weekendStride;
                        } else {
                            gain -= weekendPrice;
                        }
                    }
                    int[] countOf = resources.countOf[u];
                    if (countOf != null) {
                        if (countOf[resource] == maxCountOf[u]) {
                            continue;
                        }
                        nextResource += resources.strideOf[u];
                    }
                    int target = targetState * resourceCount + nextResource;
                    if (next[target] == Double.NEGATIVE_INFINITY) {
                        nextFrontier[nextSize++] = target;
                    }
                    relax(next, from, type, target, reached + gain, index, u);
                }
            }
            double[] swapValues = value;
            value = next;
            next = swapValues;
            int[] swapFrontier = frontier;
            frontier = nextFrontier;
            nextFrontier = swapFrontier;
            frontierSize = nextSize;
        }
        int best = -1;
        for (int i = 0; i < frontierSize; i++) {
            int index = frontier[i];
            if (resources.minutesOf[index % resourceCount] >= minStepsAtEnd
                    && (best < 0 || value[index] > value[best])) {
                best = index;
            }
        }
        if (best < 0) {
            return null;
        }
        int[] pattern = new int[days];
        for (int day = days - 1; day >= 0; day--) {
            pattern[day] = workspace.chosen[day][best];
            best = workspace.previous[day][best];
        }
        return pattern;
    }

    private static void relax(double[] next, int[] from, byte[] type, int target, double candidate, int source,
                              int chosenType) {
        if (candidate > next[target]) {
            next[target] = candidate;
            from[target] = source;
            type[target] = (byte) chosenType;
        }
    }

    /**
     * The resources counted so far, mixed into one index (minutes first, then weekends, then each counted type), and
     * each one's value by index.
     */
    private final class Layout {

        final int resourceCount;
        final int[] minutesOf;
        /** Null when the weekends are not counted. */
        final int[] weekendsOf;
        final int weekendStride;
        /** Per type, null when it is not counted. */
        final int[][] countOf;
        final int[] strideOf;

        Layout() {
            long stride = minuteCap + 1L;
            weekendStride = (int) stride;
            if (weekendsCounted) {
                stride *= rules.maxWorkedWeekends() + 1;
            }
            strideOf = new int[typeCount];
            for (int t = 0; t < typeCount; t++) {
                if (typeCounted[t]) {
                    strideOf[t] = (int) stride;
                    stride *= maxCountOf[t] + 1;
                }
            }
            resourceCount = (int) stride;
            minutesOf = new int[resourceCount];
            weekendsOf = weekendsCounted ? new int[resourceCount] : null;
            countOf = new int[typeCount][];
            for (int t = 0; t < typeCount; t++) {
                if (typeCounted[t]) {
                    countOf[t] = new int[resourceCount];
                }
            }
            for (int resource = 0; resource < resourceCount; resource++) {
                minutesOf[resource] = resource % (minuteCap + 1);
                if (weekendsOf != null) {
                    weekendsOf[resource] = resource / weekendStride % (rules.maxWorkedWeekends() + 1);
                }
                for (int t = 0; t < typeCount; t++) {
                    if (countOf[t] != null) {
                        countOf[t][resource] = resource / strideOf[t] % (maxCountOf[t] + 1);
                    }
                }
            }
        }
    }

    /**
     * The arrays one run fills: values of the day and the next, the states reached on each, and the back pointers of
     * every day (the state and resources each reached state came from, and the type worked). Programmes run one at a
     * time may share one.
     */
    static final class Workspace {

        private double[] value = new double[0];
        private double[] next = new double[0];
        private int[] frontier = new int[0];
        private int[] nextFrontier = new int[0];
        private int[][] previous = new int[0][];
        private byte[][] chosen = new byte[0][];

        void ensure(int days, int size) {
            if (value.length < size) {
                value = new double[size];
                next = new double[size];
                frontier = new int[size];
                nextFrontier = new int[size];
            }
            if (previous.length < days) {
                previous = Arrays.copyOf(previous, days);
                chosen = Arrays.copyOf(chosen, days);
            }
            for (int day = 0; day < days; day++) {
                if (previous[day] == null || previous[day].length < size) {
                    previous[day] = new int[size];
                    chosen[day] = new byte[size];
                }
            }
        }
    }
}
