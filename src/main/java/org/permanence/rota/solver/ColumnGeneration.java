package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;

/**
 * Re-plans every employee at once by column generation, between two local searches. A linear programme (GLOP) mixes,
 * for each employee, whole-period patterns (columns) to cover the demand at least cost; the duals of its cover rows
 * price each cell, and each employee's {@link PricingProgramme} finds the pattern worth most at those prices, which
 * joins the programme when it lowers its cost. Once none does, a dive makes the mix whole: it fixes every employee's
 * day the relaxation is sure of, and the surest of the others (more of them a round when the dive falls behind its
 * time), then generates columns again, until each employee has one pattern. While time is left, further dives draw
 * the uncertain days to fix at random instead, likelier the surer they are, and every other one first keeps a random
 * half of the employees on the best dive's patterns (a neighbourhood search over patterns). CP-SAT then looks for a
 * better choice among all the patterns generated, from the best dive or the rota as it came. The rota changes only if
 * the choice costs less than what it had.
 * <p>
 * Local search exchanges shifts between a few people at a time; a rota whose remaining penalty is fixed only by
 * changing the weekends or runs of many people at once stays where it is. The programme weighs all employees'
 * patterns together, as the exact methods of the shift-scheduling literature do (branch and price). The patterns
 * keep each contract's rules as the pricing programme knows them; the score still judges the result, and the local
 * search that follows works on from it.
 * <p>
 * The phase returns without change where pricing would be too slow for its budget
 * ({@link #PRICING_STATES_PER_BUDGET_SECOND}, {@link #RELAXATION_SHARE_PERCENT}) or does not fit in memory
 * ({@link PricingProgramme#MAX_STATE_DAYS}); on the benchmark, instances 1-12 and 14, 16-18 run it.
 */
public class ColumnGeneration implements PhaseCommand<RotaPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(ColumnGeneration.class);

    /**
     * A pattern that breaks a rule the planner keeps costs this much more than its cover can gain, and up to as much
     * again by how far it is from the rules; larger costs make the linear programme numerically unstable.
     */
    private static final long BROKEN_RULE_COST = 100_000;
    private static final double NO_PATTERN_COST = 1e6;
    private static final double NEGATIVE_REDUCED_COST = -1e-6;
    /** Extra people priced one by one above the requirement; any more cost as much as the last. */
    private static final int PRICED_EXTRA_PEOPLE = 6;
    /**
     * How many states one round of pricing may walk per second of the budget, counting only the minutes as resources
     * (the weekends and shifts per type join when they bind). At 60 s (a 42 s budget) this admits benchmark instances
     * 1-12, 14 (4.4 million states), 16, 17 and 18, and leaves out 15 and 19 (9.4 and 20.7 million), whose first
     * relaxations did not converge in 21 s, and 13 and 20-24.
     */
    private static final long PRICING_STATES_PER_BUDGET_SECOND = 150_000;
    /**
     * The linear programme is solved again once pricing has added this many patterns and has taken as long as the
     * last solve: its prices change most in the first rounds, and a round that prices everyone at stale prices is
     * wasted, but where the programme is slow to solve (benchmark instance 18: 40 ms against 2 ms for one employee's
     * pricing) a few patterns a solve leave it most of the time (first relaxation of 18 in 8 s instead of 15 s).
     */
    private static final int COLUMNS_PER_ROUND = 3;
    /** A relaxation value this close to one counts as a whole pattern. */
    private static final double INTEGRAL = 1e-6;
    /** The share of the budget the dive may take before CP-SAT improves on it. */
    private static final long DIVE_SHARE_PERCENT = 85;
    /**
     * The share of the dive's time the first relaxation may take; the dive paces itself to end in what is left
     * (benchmark instance 18: relaxation in 13 s, its first dive in 11 s more).
     */
    private static final long RELAXATION_SHARE_PERCENT = 60;

    /** The custom property that sets the phase's time budget, in milliseconds. */
    public static final String BUDGET_MILLIS = "budgetMillis";

    private long budgetMillis = 20_000;

    /** The time the whole phase may take: {@link #DIVE_SHARE_PERCENT} for the dive, the rest for CP-SAT. */
    public void setBudgetMillis(String budgetMillis) {
        this.budgetMillis = Long.parseLong(budgetMillis);
    }

    /**
     * Whether the phase would run on {@code rota} with {@code budgetMillis}: every employee's pricing fits in a
     * {@link PricingProgramme} and a round of it in the budget. (A dive may still give up at run time, when the
     * first relaxation takes too long.)
     */
    public static boolean fitsBudget(RotaPlan rota, long budgetMillis) {
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        if (grid.length == 0) {
            return false;
        }
        return fits(programmesOf(new EmployeePatternPlanner(rota, grid)), budgetMillis);
    }

    /** Each employee's exact pricing programme, null where it would not fit in memory. */
    private static PricingProgramme[] programmesOf(EmployeePatternPlanner planner) {
        PricingProgramme[] programmes = new PricingProgramme[planner.employeeCount()];
        PricingProgramme.Workspace workspace = new PricingProgramme.Workspace();
        for (int employee = 0; employee < programmes.length; employee++) {
            programmes[employee] = PricingProgramme.of(planner, employee, workspace);
        }
        return programmes;
    }

    /** Whether every employee's pricing is exact and one round of it fits in {@code budgetMillis}. */
    private static boolean fits(PricingProgramme[] programmes, long budgetMillis) {
        return Arrays.stream(programmes).allMatch(Objects::nonNull)
                && statesPerRound(programmes) <= PRICING_STATES_PER_BUDGET_SECOND * budgetMillis / 1000;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RotaPlan rota = scoreDirector.getWorkingSolution();
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        if (grid.length == 0) {
            return;
        }
        long start = System.currentTimeMillis();
        EmployeePatternPlanner planner = new EmployeePatternPlanner(rota, grid);
        PricingProgramme[] programmes = programmesOf(planner);
        if (!fits(programmes, budgetMillis)) {
            return;
        }
        Master master = Master.fromCurrentRota(planner, programmes);
        int[] current = new int[grid.length];
        long currentCost = master.cost(current);
        long diveDeadline = start + budgetMillis * DIVE_SHARE_PERCENT / 100;
        long relaxationDeadline = start + budgetMillis * DIVE_SHARE_PERCENT * RELAXATION_SHARE_PERCENT / 10_000;
        if (!master.converge(() -> isPhaseTerminated.getAsBoolean()
                || System.currentTimeMillis() > relaxationDeadline)) {
            LOGGER.debug("Relaxation not converged in {} ms; rota left as it was (cost {})",
                    System.currentTimeMillis() - start, currentCost);
            return; // a dive would not end in time where the relaxation alone takes this long
        }
        LOGGER.debug("Relaxation {} after {} ms, {} states a round of pricing",
                Math.round(master.lp.objective().value()), System.currentTimeMillis() - start,
                statesPerRound(programmes));
        int[] hint = current;
        long hintCost = currentCost;
        Random random = new Random(0);
        for (int dive = 0; ; dive++) {
            long diveStart = System.currentTimeMillis();
            int[] dived = master.dive(isPhaseTerminated, diveDeadline, dive == 0 ? null : random);
            long now = System.currentTimeMillis();
            long divedCost = dived == null ? Long.MAX_VALUE : master.cost(dived);
            LOGGER.debug("Dive {}: {} after {} ms ({} states a round of pricing); rota as it came {}", dive,
                    dived == null ? "none" : divedCost, now - start, statesPerRound(programmes), currentCost);
            if (divedCost < hintCost) {
                hint = dived;
                hintCost = divedCost;
            }
            if (isPhaseTerminated.getAsBoolean() || now + (now - diveStart) > diveDeadline) {
                break;
            }
            master.undoFixes();
            if (dive % 2 == 1 && hint != current) {
                // Every other dive re-plans around the best so far: a random half of the employees keep its patterns.
                for (int employee = 0; employee < grid.length; employee++) {
                    if (random.nextBoolean()) {
                        master.keep(employee, master.columns.of(employee).get(hint[employee]));
                    }
                }
            }
        }
        int[] chosen = select(planner, master.columns, hint, isPhaseTerminated, start + budgetMillis);
        long chosenCost = chosen == null ? Long.MAX_VALUE : master.cost(chosen);
        if (chosenCost > hintCost) {
            chosen = hint;
            chosenCost = hintCost;
        }
        LOGGER.debug("Selection {} after {} ms", chosenCost, System.currentTimeMillis() - start);
        if (chosenCost >= currentCost) {
            return;
        }
        for (int employee = 0; employee < grid.length; employee++) {
            var planned = planner.shiftTypes(master.columns.of(employee).get(chosen[employee]));
            for (EmployeeDay day : grid[employee]) {
                if (!day.isPinned()) {
                    EmployeeReplanMove.assign(scoreDirector, day, planned[day.getDayIndex()]);
                }
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /**
     * Where the first relaxation's time goes (scripts/bench-relaxation.sh): column generation from {@code rota} as
     * it is, until it converges or {@code limitMillis} pass, with every employee's pricing exact whatever its size.
     */
    public static RelaxationProfile profileRelaxation(RotaPlan rota, long limitMillis) {
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        long start = System.currentTimeMillis();
        EmployeePatternPlanner planner = new EmployeePatternPlanner(rota, grid);
        PricingProgramme[] programmes = programmesOf(planner);
        if (!Arrays.stream(programmes).allMatch(Objects::nonNull)) {
            throw new IllegalArgumentException("an employee's pricing programme does not fit in memory");
        }
        Master master = Master.fromCurrentRota(planner, programmes);
        boolean converged = master.converge(() -> System.currentTimeMillis() > start + limitMillis);
        return new RelaxationProfile(converged, System.currentTimeMillis() - start, master.solves,
                master.solveNanos / 1_000_000, master.pricings, master.pricingNanos / 1_000_000,
                master.columns.count(), converged ? master.lp.objective().value() : Double.NaN);
    }

    /**
     * How a first relaxation went: whether it converged, in how long, the linear programme's solves and the pricing
     * programmes' runs with the time each took, the patterns generated and the relaxation's value (NaN when it did
     * not converge).
     */
    public record RelaxationProfile(boolean converged, long millis, long solves, long solveMillis, long pricings,
                                    long pricingMillis, int columns, double value) {
    }

    private static long statesPerRound(PricingProgramme[] programmes) {
        return Arrays.stream(programmes).mapToLong(PricingProgramme::stateDays).sum();
    }

    /** The patterns generated so far, each employee's in the order they were found (the current one first). */
    private static final class Columns {

        private final EmployeePatternPlanner planner;
        private final List<List<int[]>> patterns = new ArrayList<>();
        private final List<Set<String>> seen = new ArrayList<>();
        private final List<List<Double>> costs = new ArrayList<>();

        Columns(EmployeePatternPlanner planner) {
            this.planner = planner;
            for (int employee = 0; employee < planner.employeeCount(); employee++) {
                patterns.add(new ArrayList<>());
                seen.add(new HashSet<>());
                costs.add(new ArrayList<>());
            }
        }

        /** Adds a pattern unless the employee has it already; returns whether it was added. */
        boolean add(int employee, int[] days) {
            if (!seen.get(employee).add(Arrays.toString(days))) {
                return false;
            }
            patterns.get(employee).add(days);
            long excess = planner.ruleExcess(employee, days);
            costs.get(employee).add((excess == 0 ? 0 : BROKEN_RULE_COST + Math.min(excess, BROKEN_RULE_COST))
                    - planner.requestGain(employee, days));
            return true;
        }

        List<int[]> of(int employee) {
            return patterns.get(employee);
        }

        int count() {
            return patterns.stream().mapToInt(List::size).sum();
        }

        double cost(int employee, int column) {
            return costs.get(employee).get(column);
        }
    }

    /**
     * The linear relaxation over the columns generated so far: each employee's columns sum to one, and each cell's
     * people plus those missing minus those extra equal its requirement.
     */
    private static final class Master {

        private final EmployeePatternPlanner planner;
        private final Columns columns;
        private final MPSolver lp = MPSolver.createSolver("GLOP");
        private final MPConstraint[] onePattern;
        private final MPConstraint[] cover;
        private final List<List<MPVariable>> variables = new ArrayList<>();
        private final List<MPVariable> noPattern = new ArrayList<>();
        private final PricingProgramme[] programmes;
        private int nextToPrice;
        private long lastSolveNanos;
        private long solves;
        private long solveNanos;
        private long pricings;
        private long pricingNanos;

        Master(EmployeePatternPlanner planner, PricingProgramme[] programmes) {
            this.planner = planner;
            this.programmes = programmes;
            this.columns = new Columns(planner);
            int employees = planner.employeeCount();
            lp.objective().setMinimization();
            onePattern = new MPConstraint[employees];
            for (int employee = 0; employee < employees; employee++) {
                onePattern[employee] = lp.makeConstraint(1, 1);
                // No pattern at all, at a prohibitive cost: the relaxation stays feasible while a dive's fixed days
                // exclude every column generated so far, and the duals then ask pricing for one that keeps them.
                MPVariable none = lp.makeNumVar(0, 1, "");
                onePattern[employee].setCoefficient(none, 1);
                lp.objective().setCoefficient(none, NO_PATTERN_COST);
                noPattern.add(none);
                variables.add(new ArrayList<>());
            }
            cover = new MPConstraint[planner.cellCount()];
            for (int cell = 0; cell < cover.length; cell++) {
                long required = planner.requiredPeople(cell);
                cover[cell] = lp.makeConstraint(required, required);
                MPVariable missing = lp.makeNumVar(0, required, "");
                cover[cell].setCoefficient(missing, 1);
                lp.objective().setCoefficient(missing, planner.underCost(cell));
                for (int extra = 1; extra <= PRICED_EXTRA_PEOPLE; extra++) {
                    MPVariable extraPeople = lp.makeNumVar(0,
                            extra == PRICED_EXTRA_PEOPLE ? MPSolver.infinity() : 1, "");
                    cover[cell].setCoefficient(extraPeople, -1);
                    lp.objective().setCoefficient(extraPeople, planner.extraPersonCost(cell, extra));
                }
            }
        }

        /** The relaxation whose first columns are what each employee works now (column 0 of each). */
        static Master fromCurrentRota(EmployeePatternPlanner planner, PricingProgramme[] programmes) {
            Loader.loadNativeLibraries();
            Master master = new Master(planner, programmes);
            for (int employee = 0; employee < planner.employeeCount(); employee++) {
                master.add(employee, planner.currentDays(employee));
            }
            return master;
        }

        boolean add(int employee, int[] days) {
            if (!columns.add(employee, days)) {
                return false;
            }
            int column = columns.of(employee).size() - 1;
            MPVariable chosen = lp.makeNumVar(0, 1, "");
            lp.objective().setCoefficient(chosen, columns.cost(employee, column));
            onePattern[employee].setCoefficient(chosen, 1);
            for (int cell : planner.cellsWorked(days)) {
                cover[cell].setCoefficient(chosen, cover[cell].getCoefficient(chosen) + 1);
            }
            variables.get(employee).add(chosen);
            return true;
        }

        /**
         * Column generation until no employee not fixed yet has a pattern that would lower the relaxation's cost
         * (or {@code stop}); false when stopped first.
         */
        boolean converge(BooleanSupplier stop) {
            int employees = planner.employeeCount();
            double[] cellPrice = new double[cover.length];
            double[] employeePrice = new double[employees];
            while (!stop.getAsBoolean()) {
                long started = System.nanoTime();
                MPSolver.ResultStatus status = lp.solve();
                if (status == MPSolver.ResultStatus.ABNORMAL) {
                    lp.reset(); // GLOP's warm start can fail after bound changes; a cold start does not
                    status = lp.solve();
                }
                lastSolveNanos = System.nanoTime() - started;
                solves++;
                solveNanos += lastSolveNanos;
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    return false;
                }
                for (int cell = 0; cell < cover.length; cell++) {
                    cellPrice[cell] = cover[cell].dualValue();
                }
                for (int employee = 0; employee < employees; employee++) {
                    employeePrice[employee] = onePattern[employee].dualValue();
                }
                boolean added = priceRound(cellPrice, employeePrice, stop);
                if (stop.getAsBoolean()) {
                    return false;
                }
                if (!added) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Prices the employees in turn, from where the last round stopped, and adds each pattern of negative reduced
         * cost, until {@link #COLUMNS_PER_ROUND} were added in at least the time of the last solve, or every employee
         * was priced once. Returns whether any was added: when none was, no pattern lowers the relaxation's cost.
         */
        private boolean priceRound(double[] cellPrice, double[] employeePrice, BooleanSupplier stop) {
            int employees = planner.employeeCount();
            int added = 0;
            long started = System.nanoTime();
            for (int priced = 0; priced < employees && !stop.getAsBoolean()
                    && (added < COLUMNS_PER_ROUND || System.nanoTime() - started < lastSolveNanos); priced++) {
                int employee = nextToPrice;
                nextToPrice = (nextToPrice + 1) % employees;
                long pricingStarted = System.nanoTime();
                // Only a pattern worth more than the employee's price has a negative reduced cost.
                int[] days = programmes[employee].solve(planner.gainsAt(employee, cellPrice), -employeePrice[employee]);
                pricings++;
                pricingNanos += System.nanoTime() - pricingStarted;
                if (days == null || planner.ruleExcess(employee, days) != 0) {
                    continue;
                }
                double reducedCost = -planner.requestGain(employee, days) - employeePrice[employee];
                for (int cell : planner.cellsWorked(days)) {
                    reducedCost -= cellPrice[cell];
                }
                if (reducedCost < NEGATIVE_REDUCED_COST && add(employee, days)) {
                    added++;
                }
            }
            return added > 0;
        }

        /**
         * Fixes days to what the relaxation works on them, generating columns again after each round, until the
         * relaxation picks one whole pattern per employee, {@code stop} or {@code deadline}. Each round fixes every
         * employee's day the relaxation is sure of, and as many uncertain ones as would end the dive in half the time
         * left at the pace of its rounds so far: the surest first, or with {@code random}, drawn at random, likelier
         * the surer they are. Returns the heaviest column of each employee, or null when stopped before the
         * relaxation was whole or when the days fixed leave an employee no pattern.
         */
        int[] dive(BooleanSupplier stop, long deadline, Random random) {
            int employees = planner.employeeCount();
            int days = planner.dayCount();
            int options = planner.typeCount() + 1;
            long started = System.currentTimeMillis();
            int freeAtStart = 0;
            for (int employee = 0; employee < employees; employee++) {
                for (int day = 0; day < days; day++) {
                    freeAtStart += programmes[employee].isFixed(day) ? 0 : 1;
                }
            }
            int fixedInDive = 0;
            int rounds = 0;
            while (converge(() -> stop.getAsBoolean() || System.currentTimeMillis() > deadline)) {
                int[] heaviest = new int[employees];
                boolean whole = true;
                for (int employee = 0; employee < employees; employee++) {
                    if (noPattern.get(employee).solutionValue() > INTEGRAL) {
                        return null; // the days fixed leave this employee no pattern that keeps the rules
                    }
                    heaviest[employee] = heaviestColumn(employee);
                    whole &= variables.get(employee).get(heaviest[employee]).solutionValue() > 1 - INTEGRAL;
                }
                if (whole) {
                    return heaviest;
                }
                // Every value is read before the first fix: a change of bounds invalidates the solution.
                double[][][] worked = new double[employees][days][options];
                for (int employee = 0; employee < employees; employee++) {
                    List<MPVariable> own = variables.get(employee);
                    for (int column = 0; column < own.size(); column++) {
                        double value = own.get(column).solutionValue();
                        if (value > INTEGRAL) {
                            int[] pattern = columns.of(employee).get(column);
                            for (int day = 0; day < days; day++) {
                                worked[employee][day][pattern[day] + 1] += value;
                            }
                        }
                    }
                }
                int fixedNow = 0;
                List<double[]> uncertain = new ArrayList<>(); // employee, day, option, order key
                for (int employee = 0; employee < employees; employee++) {
                    boolean sure = false;
                    for (int day = 0; day < days; day++) {
                        if (programmes[employee].isFixed(day)) {
                            continue;
                        }
                        for (int option = 0; option < options; option++) {
                            double value = worked[employee][day][option];
                            if (value > 1 - INTEGRAL) {
                                fix(employee, day, option - 1);
                                fixedNow++;
                                sure = true;
                            } else if (value > INTEGRAL) {
                                // The first dive takes the surest days first; later ones draw them, likelier the
                                // surer they are (weighted sampling without replacement).
                                double key = random == null ? value : Math.pow(random.nextDouble(), 1 / value);
                                uncertain.add(new double[] {employee, day, option, key});
                            }
                        }
                    }
                    if (sure) {
                        excludeBrokenColumns(employee);
                    }
                }
                if (fixedNow == 0 && uncertain.isEmpty()) {
                    return heaviest;
                }
                fixedInDive += fixedNow;
                rounds++;
                // As many uncertain days a round as finish the dive in half its time left, at the rounds' pace so far.
                long now = System.currentTimeMillis();
                double roundsLeft = (deadline - now) / 2.0 / Math.max(1.0, (double) (now - started) / rounds);
                int perRound = (int) Math.max(1, Math.ceil((freeAtStart - fixedInDive) / Math.max(1, roundsLeft)));
                uncertain.sort((x, y) -> Double.compare(y[3], x[3]));
                Set<Integer> touched = new HashSet<>();
                for (int k = 0, taken = 0; k < uncertain.size() && taken < perRound; k++) {
                    int employee = (int) uncertain.get(k)[0];
                    int day = (int) uncertain.get(k)[1];
                    if (touched.contains(employee)) {
                        continue; // two uncertain days of one employee may come from patterns that exclude each other
                    }
                    fix(employee, day, (int) uncertain.get(k)[2] - 1);
                    touched.add(employee);
                    fixedInDive++;
                    taken++;
                }
                touched.forEach(this::excludeBrokenColumns);
            }
            return null;
        }

        /** Fixes every day of the employee to {@code pattern}, as a dive would. */
        void keep(int employee, int[] pattern) {
            for (int day = 0; day < pattern.length; day++) {
                if (!programmes[employee].isFixed(day)) {
                    fix(employee, day, pattern[day]);
                }
            }
            excludeBrokenColumns(employee);
        }

        /** Frees every day the last dive fixed, and its columns with them. */
        void undoFixes() {
            for (int employee = 0; employee < planner.employeeCount(); employee++) {
                programmes[employee].unfix();
                for (MPVariable column : variables.get(employee)) {
                    column.setUb(1);
                }
            }
        }

        private void fix(int employee, int day, int type) {
            programmes[employee].fix(day, type);
        }

        /** Columns of the employee that break a day fixed by the dive may no longer be chosen. */
        private void excludeBrokenColumns(int employee) {
            List<MPVariable> own = variables.get(employee);
            for (int column = 0; column < own.size(); column++) {
                if (!programmes[employee].keepsFixedDays(columns.of(employee).get(column))) {
                    own.get(column).setUb(0);
                }
            }
        }

        private int heaviestColumn(int employee) {
            List<MPVariable> own = variables.get(employee);
            int heaviest = 0;
            for (int column = 1; column < own.size(); column++) {
                if (own.get(column).solutionValue() > own.get(heaviest).solutionValue()) {
                    heaviest = column;
                }
            }
            return heaviest;
        }

        /** The cover and request cost of one column per employee, as the selection counts it. */
        long cost(int[] chosen) {
            long[] people = new long[cover.length];
            double total = 0;
            for (int employee = 0; employee < chosen.length; employee++) {
                total += columns.cost(employee, chosen[employee]);
                int[] days = columns.of(employee).get(chosen[employee]);
                for (int cell : planner.cellsWorked(days)) {
                    people[cell]++;
                }
            }
            for (int cell = 0; cell < cover.length; cell++) {
                long required = planner.requiredPeople(cell);
                total += Math.max(0, required - people[cell]) * planner.underCost(cell);
                for (int extra = 1; extra <= people[cell] - required; extra++) {
                    total += planner.extraPersonCost(cell, Math.min(extra, PRICED_EXTRA_PEOPLE));
                }
            }
            return Math.round(total);
        }
    }

    /**
     * One pattern per employee with the least cover and request cost, as indexes into {@link Columns#of}; null when
     * CP-SAT found no solution in time. {@code hint} (a column per employee) is where it starts.
     */
    private int[] select(EmployeePatternPlanner planner, Columns columns, int[] hint,
                         BooleanSupplier isPhaseTerminated, long deadline) {
        int employees = planner.employeeCount();
        int cellCount = planner.cellCount();
        CpModel model = new CpModel();
        LinearExprBuilder cost = LinearExpr.newBuilder();
        LinearExprBuilder[] people = new LinearExprBuilder[cellCount];
        for (int cell = 0; cell < cellCount; cell++) {
            people[cell] = LinearExpr.newBuilder();
        }
        Literal[][] chosen = new Literal[employees][];
        for (int employee = 0; employee < employees; employee++) {
            List<int[]> patterns = columns.of(employee);
            chosen[employee] = new Literal[patterns.size()];
            for (int column = 0; column < patterns.size(); column++) {
                Literal literal = model.newBoolVar("");
                chosen[employee][column] = literal;
                model.addHint(literal, column == hint[employee]);
                cost.addTerm(literal, Math.round(columns.cost(employee, column)));
                int[] days = patterns.get(column);
                for (int cell : planner.cellsWorked(days)) {
                    people[cell].add(literal);
                }
            }
            model.addExactlyOne(chosen[employee]);
        }
        for (int cell = 0; cell < cellCount; cell++) {
            long required = planner.requiredPeople(cell);
            IntVar missing = model.newIntVar(0, required, "");
            cost.addTerm(missing, Math.round(planner.underCost(cell)));
            LinearExprBuilder balance = LinearExpr.newBuilder().addTerm(missing, 1);
            for (int extra = 1; extra <= PRICED_EXTRA_PEOPLE; extra++) {
                IntVar extraPeople = model.newIntVar(0, extra == PRICED_EXTRA_PEOPLE ? employees : 1, "");
                cost.addTerm(extraPeople, Math.round(planner.extraPersonCost(cell, extra)));
                balance.addTerm(extraPeople, -1);
            }
            model.addEquality(LinearExpr.sum(new LinearExpr[] {people[cell].build(), balance.build()}), required);
        }
        model.minimize(cost);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1); // a search per core: the benchmark runs two side by side
        solver.getParameters().setMaxTimeInSeconds(Math.max(1, deadline - System.currentTimeMillis()) / 1000.0);
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (isPhaseTerminated.getAsBoolean()) {
                    solver.stopSearch();
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        CpSolverStatus status;
        try {
            status = solver.solve(model);
        } finally {
            watcher.interrupt();
        }
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        int[] picked = new int[employees];
        for (int employee = 0; employee < employees; employee++) {
            for (int column = 0; column < chosen[employee].length; column++) {
                if (solver.booleanValue(chosen[employee][column])) {
                    picked[employee] = column;
                }
            }
        }
        return picked;
    }
}
