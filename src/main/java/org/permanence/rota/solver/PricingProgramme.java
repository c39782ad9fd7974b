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
 * <p>
 * Before each pass, the same moves without the totals are walked backwards from the end: what the rest of the period
 * can be worth from each state at a few prices per minute (Lagrange bounds: a minute's price times the minutes left
 * to work is added back), and the most minutes it can add. The pass then drops every state that cannot reach the
 * minimum minutes or be worth more than the best pattern known: the best of the backward walks that keeps the totals,
 * or what column generation asks for (a negative reduced cost). A run on benchmark instances 12, 14, 17 and 18 takes
 * from a half to an eighth of the time it did (scripts/bench-relaxation.sh, docs/benchmarks.md).
 */
final class PricingProgramme {

    /** The programme's size limit, in states times days: 60 MB of back pointers (5 bytes a state). */
    static final long MAX_STATE_DAYS = 12_000_000;
    private static final int PRICE_ROUNDS = 12;
    /** Golden-section steps for the first minute price of the bounds: the bound need not be the least, only low. */
    private static final int MINUTE_PRICE_ROUNDS = 10;
    /** The bounds' minute prices are the last run's best and this factor below and above it. */
    private static final double MINUTE_PRICE_STEP = 1.25;
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
    /** The minute price of the bounds at the last run (see {@link #boundingMinutePrices}); 0 before the first. */
    private double minutePrice;

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
        return solve(gains, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #solve(double[][])}, or null when no pattern that keeps every rule is worth more than
     * {@code atLeast}: the programme then drops every state that cannot lead to one, which column generation, asking
     * only for patterns of negative reduced cost, gains most from once few are left.
     */
    int[] solve(double[][] gains, double atLeast) {
        double[] typePrice = new double[typeCount];
        // Stays 0 while the weekends are counted: a total is counted only if it was never priced, and then not priced.
        double weekendPrice = 0;
        int priceRounds = 0;
        while (true) {
            // A priced total lowers a pattern's value in the run below its worth: only an exact run may drop states.
            boolean exact = weekendPrice == 0 && Arrays.stream(typePrice).allMatch(price -> price == 0);
            int[] pattern = run(gains, typePrice, weekendPrice, exact ? atLeast : Double.NEGATIVE_INFINITY);
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
            int[] worked = workedPerType(pattern);
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

    private int[] workedPerType(int[] pattern) {
        int[] worked = new int[typeCount];
        for (int type : pattern) {
            if (type != OFF) {
                worked[type]++;
            }
        }
        return worked;
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
     * Every move of each day from each state, the totals aside: the state it leads to, the type worked (or
     * {@link #OFF}) and whether it works a weekend. Moves of day {@code d} from state {@code s} are at indexes
     * {@code (d * stateCount + s) * (typeCount + 1)} onwards, {@code moveCount} of them.
     */
    private void buildMoves(Workspace space) {
        int width = typeCount + 1;
        int minCons = rules.minConsecutiveWorkingDays();
        int maxCons = rules.maxConsecutiveWorkingDays();
        int minOff = rules.minConsecutiveDaysOff();
        boolean noWeekends = rules.maxWorkedWeekends() == 0;
        for (int day = 0; day < days; day++) {
            boolean offPossible = !pinned[day] || pinnedType[day] == OFF;
            for (int state = 0; state < stateCount; state++) {
                int at = (day * stateCount + state) * width;
                int count = 0;
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
                        space.moveTarget[at + count] = offTarget;
                        space.moveType[at + count] = OFF;
                        space.moveWeekend[at + count] = false;
                        count++;
                    }
                }
                boolean mayWork = !(off && state != 0 && state < minOff);
                boolean weekendIfWorked = saturday[day] || (sunday[day] && (off || day == 0));
                for (int u = 0; mayWork && u < typeCount; u++) {
                    if ((pinned[day] ? pinnedType[day] != u : !allowed[u]) || (weekendIfWorked && noWeekends)) {
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
                    space.moveTarget[at + count] = targetState;
                    space.moveType[at + count] = u;
                    space.moveWeekend[at + count] = weekendIfWorked;
                    count++;
                }
                space.moveCount[day * stateCount + state] = count;
            }
        }
    }

    /** For each day and state, the most minute steps the rest of the period can add (the totals aside). */
    private void fillMostSteps(Workspace space) {
        int width = typeCount + 1;
        int[] mostSteps = space.mostSteps;
        Arrays.fill(mostSteps, days * stateCount, (days + 1) * stateCount, 0);
        for (int day = days - 1; day >= 0; day--) {
            for (int state = 0; state < stateCount; state++) {
                int at = (day * stateCount + state) * width;
                int most = Integer.MIN_VALUE;
                for (int m = at, end = at + space.moveCount[day * stateCount + state]; m < end; m++) {
                    int u = space.moveType[m];
                    int rest = mostSteps[(day + 1) * stateCount + space.moveTarget[m]];
                    if (rest != Integer.MIN_VALUE) {
                        most = Math.max(most, rest + (u == OFF ? 0 : minuteSteps[u][day]));
                    }
                }
                mostSteps[day * stateCount + state] = most;
            }
        }
    }

    /**
     * Fills {@code rest} with the most each state is worth from each day to the end at {@code price} per minute
     * step, the totals aside, and returns the pattern worth most from the start (null when there is none).
     */
    private int[] restValues(Workspace space, double[] rest, double[][] gains, double[] typePrice,
                             double weekendPrice, double price) {
        int width = typeCount + 1;
        Arrays.fill(rest, days * stateCount, (days + 1) * stateCount, 0);
        int[] bestMove = space.bestMove;
        for (int day = days - 1; day >= 0; day--) {
            for (int state = 0; state < stateCount; state++) {
                int at = (day * stateCount + state) * width;
                double most = Double.NEGATIVE_INFINITY;
                int chosenMove = -1;
                for (int m = at, end = at + space.moveCount[day * stateCount + state]; m < end; m++) {
                    double after = rest[(day + 1) * stateCount + space.moveTarget[m]];
                    if (after == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double value = after + moveGain(space, m, day, gains, typePrice, weekendPrice)
                            - (space.moveType[m] == OFF ? 0 : price * minuteSteps[space.moveType[m]][day]);
                    if (value > most) {
                        most = value;
                        chosenMove = m;
                    }
                }
                rest[day * stateCount + state] = most;
                bestMove[day * stateCount + state] = chosenMove;
            }
        }
        if (rest[0] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        int[] pattern = new int[days];
        int state = 0;
        for (int day = 0; day < days; day++) {
            int m = bestMove[day * stateCount + state];
            pattern[day] = space.moveType[m];
            state = space.moveTarget[m];
        }
        return pattern;
    }

    private double moveGain(Workspace space, int move, int day, double[][] gains, double[] typePrice,
                            double weekendPrice) {
        int u = space.moveType[move];
        if (u == OFF) {
            return 0;
        }
        return gains[day][u] - typePrice[u] - (space.moveWeekend[move] ? weekendPrice : 0);
    }

    /**
     * The minute prices of the bounds, with each one's rest values filled in {@code space.restValue}: the price that
     * made the bound of the whole period least at the last run, and one {@link #MINUTE_PRICE_STEP} below and above it
     * (the duals of column generation move little from one run to the next); the least of them is the next run's
     * centre. The first run looks for that price by golden-section search (the bound is convex in it). Each price's
     * best pattern that keeps the counted totals is offered to {@code best}.
     */
    private double[] boundingMinutePrices(Workspace space, double[][] gains, double[] typePrice, double weekendPrice,
                                          Best best) {
        if (!minutesBounded) {
            lagrangeBound(space, 0, gains, typePrice, weekendPrice, 0, best);
            return new double[] {0};
        }
        double centre = minutePrice > 0 ? minutePrice
                : leastBoundingPrice(space, gains, typePrice, weekendPrice, best);
        double[] prices = {centre / MINUTE_PRICE_STEP, centre, centre * MINUTE_PRICE_STEP};
        double least = Double.POSITIVE_INFINITY;
        for (int k = 0; k < prices.length; k++) {
            double bound = lagrangeBound(space, k, gains, typePrice, weekendPrice, prices[k], best);
            if (bound < least) {
                least = bound;
                minutePrice = prices[k];
            }
        }
        return prices;
    }

    private double leastBoundingPrice(Workspace space, double[][] gains, double[] typePrice, double weekendPrice,
                                      Best best) {
        double highest = 0;
        for (int day = 0; day < days; day++) {
            for (int u = 0; u < typeCount; u++) {
                if (minuteSteps[u][day] > 0) {
                    highest = Math.max(highest, (gains[day][u] - typePrice[u]) / minuteSteps[u][day]);
                }
            }
        }
        if (highest <= 0) {
            return 0;
        }
        double ratio = (Math.sqrt(5) - 1) / 2;
        double low = 0;
        double high = highest;
        double a = high - ratio * (high - low);
        double b = low + ratio * (high - low);
        double boundA = lagrangeBound(space, 0, gains, typePrice, weekendPrice, a, best);
        double boundB = lagrangeBound(space, 0, gains, typePrice, weekendPrice, b, best);
        for (int round = 0; round < MINUTE_PRICE_ROUNDS; round++) {
            if (boundA <= boundB) {
                high = b;
                b = a;
                boundB = boundA;
                a = high - ratio * (high - low);
                boundA = lagrangeBound(space, 0, gains, typePrice, weekendPrice, a, best);
            } else {
                low = a;
                a = b;
                boundA = boundB;
                b = low + ratio * (high - low);
                boundB = lagrangeBound(space, 0, gains, typePrice, weekendPrice, b, best);
            }
        }
        return boundA <= boundB ? a : b;
    }

    /** Fills rest values {@code slot} at {@code price} and returns the bound of the whole period they give. */
    private double lagrangeBound(Workspace space, int slot, double[][] gains, double[] typePrice, double weekendPrice,
                                 double price, Best best) {
        double[] rest = space.restValue[slot];
        int[] pattern = restValues(space, rest, gains, typePrice, weekendPrice, price);
        best.offer(pattern, valueIfKept(pattern, gains, typePrice, weekendPrice));
        return rest[0] + price * minuteCap;
    }

    /** The best pattern offered so far. */
    private static final class Best {
        int[] pattern;
        double value;

        Best(double atLeast) {
            this.value = atLeast;
        }

        void offer(int[] candidate, double candidateValue) {
            if (candidateValue > value) {
                pattern = candidate;
                value = candidateValue;
            }
        }
    }

    /** The value of {@code pattern} at the gains and prices of a run, or -infinity when it breaks a counted total. */
    private double valueIfKept(int[] pattern, double[][] gains, double[] typePrice, double weekendPrice) {
        if (pattern == null) {
            return Double.NEGATIVE_INFINITY;
        }
        int steps = 0;
        double value = 0;
        for (int day = 0; day < days; day++) {
            int u = pattern[day];
            if (u != OFF) {
                steps += minuteSteps[u][day];
                value += gains[day][u] - typePrice[u];
            }
        }
        int[] worked = workedPerType(pattern);
        int weekends = weekendsIn(pattern);
        value -= weekendPrice * weekends;
        if (steps < minStepsAtEnd || (minutesBounded && steps > minuteCap)
                || (layout.weekendsOf != null && weekends > rules.maxWorkedWeekends())) {
            return Double.NEGATIVE_INFINITY;
        }
        for (int t = 0; t < typeCount; t++) {
            if (layout.countOf[t] != null && worked[t] > maxCountOf[t]) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        return value;
    }

    /**
     * One pass of the programme over the days. Only the states reached on a day are walked (a frontier): early days
     * and most mixes of the totals are never reached. A state is dropped when the rest of the period cannot make it
     * worth more than {@code atLeast} or than the best pattern the bounds found, or cannot reach the minimum minutes.
     */
    private int[] run(double[][] gains, double[] typePrice, double weekendPrice, double atLeast) {
        Layout resources = layout;
        int resourceCount = resources.resourceCount;
        int size = stateCount * resourceCount;
        Workspace space = workspace;
        space.ensure(days, size, stateCount * (long) (days + 1), typeCount + 1);
        buildMoves(space);
        fillMostSteps(space);
        Best offered = new Best(atLeast);
        double[] prices = boundingMinutePrices(space, gains, typePrice, weekendPrice, offered);
        int[] incumbent = offered.pattern;
        double threshold = offered.value;
        threshold -= 1e-9 * (1 + Math.abs(threshold));
        double[][] restValue = space.restValue;
        int[] mostSteps = space.mostSteps;
        double[] value = space.value;
        double[] next = space.next;
        int[] frontier = space.frontier;
        int[] nextFrontier = space.nextFrontier;
        Arrays.fill(value, 0, size, Double.NEGATIVE_INFINITY);
        Arrays.fill(next, 0, size, Double.NEGATIVE_INFINITY);
        value[0] = 0; // off since the start, nothing used
        frontier[0] = 0;
        int frontierSize = 1;
        int width = typeCount + 1;
        for (int day = 0; day < days; day++) {
            int[] from = space.previous[day];
            byte[] type = space.chosen[day];
            int after = (day + 1) * stateCount;
            int nextSize = 0;
            for (int i = 0; i < frontierSize; i++) {
                int index = frontier[i];
                double reached = value[index];
                value[index] = Double.NEGATIVE_INFINITY; // the array holds the day after next from here on
                int state = index / resourceCount;
                int resource = index - state * resourceCount;
                int minutesUsed = resources.minutesOf[resource];
                int at = (day * stateCount + state) * width;
                for (int m = at, end = at + space.moveCount[day * stateCount + state]; m < end; m++) {
                    int u = space.moveType[m];
                    int targetState = space.moveTarget[m];
                    int nextResource = resource;
                    double gain = 0;
                    int minutes = minutesUsed;
                    if (u != OFF) {
                        minutes += minuteSteps[u][day];
                        if (minutes > minuteCap) {
                            if (minutesBounded) {
                                continue;
                            }
                            minutes = minuteCap;
                        }
                        nextResource += minutes - minutesUsed;
                        gain = gains[day][u] - typePrice[u];
                        if (space.moveWeekend[m]) {
                            if (resources.weekendsOf == null) {
                                gain -= weekendPrice;
                            } else {
                                if (resources.weekendsOf[resource] == rules.maxWorkedWeekends()) {
                                    continue;
                                }
                                nextResource += resources.weekendStride;
                            }
                        }
                        int[] countOf = resources.countOf[u];
                        if (countOf != null) {
                            if (countOf[resource] == maxCountOf[u]) {
                                continue;
                            }
                            nextResource += resources.strideOf[u];
                        }
                    }
                    if (minutes + mostSteps[after + targetState] < minStepsAtEnd) {
                        continue;
                    }
                    double candidate = reached + gain;
                    int target = targetState * resourceCount + nextResource;
                    if (candidate <= next[target]) {
                        continue;
                    }
                    double room = minuteCap - minutes;
                    double bound = Double.POSITIVE_INFINITY;
                    for (int k = 0; k < prices.length; k++) {
                        bound = Math.min(bound, restValue[k][after + targetState] + prices[k] * room);
                    }
                    if (candidate + bound < threshold) {
                        continue;
                    }
                    if (next[target] == Double.NEGATIVE_INFINITY) {
                        nextFrontier[nextSize++] = target;
                    }
                    next[target] = candidate;
                    from[target] = index;
                    type[target] = (byte) u;
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
        if (best < 0 || value[best] < threshold) {
            return incumbent;
        }
        int[] pattern = new int[days];
        for (int day = days - 1; day >= 0; day--) {
            pattern[day] = space.chosen[day][best];
            best = space.previous[day][best];
        }
        return pattern;
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
        private int[] moveTarget = new int[0];
        private int[] moveType = new int[0];
        private boolean[] moveWeekend = new boolean[0];
        private int[] moveCount = new int[0];
        private int[] mostSteps = new int[0];
        private int[] bestMove = new int[0];
        /** Rest values at the bounds' three minute prices (see boundingMinutePrices). */
        private final double[][] restValue = new double[3][0];

        void ensure(int days, int size, long stateDays, int width) {
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
            if (mostSteps.length < stateDays || moveTarget.length < stateDays * width) {
                moveTarget = new int[(int) stateDays * width];
                moveType = new int[(int) stateDays * width];
                moveWeekend = new boolean[(int) stateDays * width];
                moveCount = new int[(int) stateDays];
                mostSteps = new int[(int) stateDays];
                bestMove = new int[(int) stateDays];
                for (int k = 0; k < restValue.length; k++) {
                    restValue[k] = new double[(int) stateDays];
                }
            }
        }
    }
}
