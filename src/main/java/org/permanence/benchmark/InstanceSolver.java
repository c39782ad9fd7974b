package org.permanence.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.solver.ColumnGeneration;
import org.permanence.rota.solver.EmployeeReplanMoveFactory;

/**
 * Solves a benchmark instance with the product's solver configuration and constraints for a fixed time, then scores
 * the roster again with the independent {@link RosterEvaluator}. With more than one search, that many solvers run at
 * once, one per thread, each from the same construction with its own random seed, and the best roster is kept: the
 * local search of one seed often ends in a local optimum another escapes (at 60 s, instance 14 gave 22.8 % with seed
 * 0 and 6.6 % with seed 1, instance 18 7.7 and 16.7 %), and Timefold's multithreaded solving is not in its community
 * edition.
 */
public final class InstanceSolver {

    /**
     * From this many employee-days (instances 20–24 have 9 100–54 600, 1–19 at most 3 360) late acceptance keeps a
     * shorter history: with the day-by-day construction the search started thousands of violations away from
     * feasible there, and at 60 s a history of 40 got 21 feasible and 20, 22 far closer than 100, which on 11 and 16
     * stalled short. Rotas of {@link #MANY_EMPLOYEES} get it too: instance 13 (120 employees, 3 360 employee-days)
     * ended at a mean gap of 50.4 % over seeds 0-6 at 60 s against 61.2 % with 100, better on 6 of the 7 seeds.
     * Applies to the local-search phases of whichever configuration is passed that set a late-acceptance size.
     */
    static final int LARGE_ROTA_EMPLOYEE_DAYS = 5_000;
    static final int LARGE_ROTA_LATE_ACCEPTANCE_SIZE = 40;
    /**
     * Random re-plans of one employee at a time on large rotas (hand-over chains still go up to three): at 60 s on
     * instances 21–24, up to three per move gave gaps of 7.5 / 25.4 / 90.8 / 134.8 %, one 7.2 / 18.2 / 56.2 / 100.6 %
     * (a move of three costs three programmes, up to the whole year each, and 24 fell to 925 moves/s).
     */
    static final int LARGE_ROTA_EMPLOYEES_RE_PLANNED = 1;
    /**
     * From this many employees too, one employee per re-plan: instance 13 (120 employees × 28 days, 18 shift types)
     * ended at 89.8 and 151.3 % at 60 s with one and with up to three, and at 133–184 against 299–394 % in five 20 s
     * runs; each extra employee recounts the cover of 120 people and must keep a 720-minute window of its own.
     */
    static final int MANY_EMPLOYEES = 100;
    /**
     * Below this many employee-days (instances 1–7 have 112–560, 8 has 840) the history is longer: these rosters are
     * feasible from the pattern construction on and the search stalled in local optima; at 20 s a history of 400
     * took instances 1–7 from a summed gap of 57 % to 23 % (2: 12.3 → 0.8 %, 5: 26.2 → 1.5 %; 7 lost 3.6 → 9.6 %).
     */
    static final int SMALL_ROTA_EMPLOYEE_DAYS = 600;
    static final int SMALL_ROTA_LATE_ACCEPTANCE_SIZE = 400;
    /**
     * On large rotas of many employees (instances 21, 23 and 24), three re-plans in four aim at a cell short of
     * people instead of one in two: random windows and employees find those cells too rarely there. At 30 s over two
     * seeds it took 24 from 130.9 to 117.3 %, 23 from 84.9 to 75.1 % and 21 from 8.0 to 7.2 %; on instances of
     * fewer people it did harm (8: 20.4 to 39.3 %, 20: 21.9 to 27.5 %).
     */
    static final int AIMED_PERCENT_ON_LARGE_ROTAS_OF_MANY_EMPLOYEES = 75;

    /**
     * On large rotas (instances 20–24), three aimed re-plans in four on a weekend day start with someone who works the
     * other day of that weekend, if anyone does: the contracts there count the weekends worked (at most 26 of 52 on
     * 24), and a roster of 24 left most of its short cells on Saturdays and Sundays with hundreds of weekends worked by
     * halves (docs/benchmarks.md). At 60 s, seeds 0-3, it took 24 from 46.9 / 44.7 / 45.8 / 41.5 % to 36.8 / 36.2 /
     * 36.7 / 37.4 % (23 at 26.2 / 23.1 % against 24.9 / 23.7 %, seeds 0-1). On 19 and 22 (40 and 50 people) it did
     * not help at first; with the aimed-cell bonus, on 20 and 22 it won seven of eight pairs run side by side (seeds
     * 0-3): 20 from a mean of 13.7 to 11.9 %, 22 from 14.4 to 13.0 %.
     */
    static final int HALF_WEEKEND_PERCENT_ON_LARGE_ROTAS = 75;

    /**
     * On large rotas (instances 20–24), the first person of an aimed re-plan sees the short cell aimed at worth its
     * whole under weight more, so that they give up a shift for it where that would be a tie (a Saturday night for a
     * short Sunday early it forbids), and the chain goes on to whoever may take that shift. At 60 s, against the code
     * without it, it took the mean gap of 20 from 21.8 to 17.2 % and of 22 from 18.7 to 17.4 % (seeds 0-3 run side by
     * side, better on each), of 23 from 25.3 to 21.6 % (seeds 0-3), 32.3 to 27.7 % (in turns) and 39.4 to 37.8 % (side
     * by side); 24 went from 36.8 to 37.7 %, 45.9 to 48.2 % and 67.7 to 68.1 %, and 21 from 6.4 to 6.2 %: within
     * their spread (docs/benchmarks.md).
     */
    static final int AIMED_CELL_BONUS_PERCENT_ON_LARGE_ROTAS = 100;

    /**
     * On rotas of many employees that are not large (instance 13: 120 employees × 28 days), hand-over chains go on
     * up to six employees instead of three: the minutes its people may still work are spread thinly over many of
     * them, so a shift taken on a short cell has to be handed on several times before it reaches someone with minutes
     * to spare. At 60 s over twelve runs each (seeds 0-5 cold, six more in a warm JVM) it took 13 from a mean gap of
     * 50.1 % to 41.6 % (over seeds 0-2 cold, 5: 42.8, 8: 46.2 and 10: 50.9 %); on instances 15, 19, 20, 23 and 24 six
     * did worse than three (one run each, 2.3-4.2 points), so they keep three.
     */
    static final int LONGEST_HAND_OVER_CHAIN_ON_SHORT_ROTAS_OF_MANY_EMPLOYEES = 6;

    /**
     * On large rotas (instances 20–24), aimed re-plans borrow no minutes: looking for lenders over a year of days
     * cost instances 23 and 24 a quarter and two fifths of their moves/s, and at 60 s they fell from 41.8 to 50.2 % and
     * from 64.9 to 85.5 % (20 and 22 unchanged, 21 from 5.2 to 6.1 %), where every second still counts.
     */
    static final int LENDING_PERCENT_ON_LARGE_ROTAS = 0;

    /**
     * Rotas that get one search ({@link #searchConfigs}) plan their re-plans in a background thread too, on the
     * processor the other searches would have used (EmployeeReplanMoveFactory#BACKGROUND_PLANNERS): planning took
     * two thirds of the search's time on instance 24 (docs/benchmarks.md).
     */
    private static final int BACKGROUND_PLANNERS_WHEN_ONE_SEARCH = 1;

    /**
     * Column generation ({@link ColumnGeneration}) gets this share of the time, after a first local search of
     * {@link #FIRST_SEARCH_PERCENT} (which gives it a feasible rota to improve on); the last search has the rest.
     * At 60 s it took the mean gap of the instances where it runs (1-7, 9, 11, 12, 16) from 4.4 to 0.6 %
     * (docs/benchmarks.md). Where its pricing does not fit the budget, the phase and the first search are left out.
     */
    static final long COLUMN_GENERATION_PERCENT = 70;
    static final long FIRST_SEARCH_PERCENT = 5;

    private final SolverConfig solverConfig;
    private final int searches;

    /** One search at a time. */
    public InstanceSolver(SolverConfig solverConfig) {
        this(solverConfig, 1);
    }

    /**
     * @param searches how many solvers run at once on each instance (with the random seeds of the configuration, or
     *                 Timefold's default 0, and the next ones), the best roster kept
     */
    public InstanceSolver(SolverConfig solverConfig, int searches) {
        if (searches < 1) {
            throw new IllegalArgumentException("At least one search is needed, not " + searches);
        }
        this.solverConfig = solverConfig;
        this.searches = searches;
    }

    /**
     * @param millisToFeasible time until the first best solution without hard (or medium) penalty in any search, or
     *                         -1 if none
     * @param movesEvaluated   moves the searches evaluated together: with {@link #movesPerSecond()}, how fast the
     *                         machine ran them, which on a shared machine drifts from run to run
     */
    public record Result(Instance instance, Roster roster, Evaluation evaluation, HardMediumSoftLongScore score,
                         long millisToFeasible, long millisSpent, long movesEvaluated) {

        /** Moves evaluated a second by all searches together, over the time spent. */
        public long movesPerSecond() {
            return millisSpent == 0 ? 0 : movesEvaluated * 1000 / millisSpent;
        }
    }

    public Result solve(Instance instance, Duration timeLimit) {
        List<SolverConfig> configs = searchConfigs(RotaImporter.toRota(instance), timeLimit);
        if (configs.size() == 1) {
            return search(instance, configs.get(0));
        }
        ExecutorService threads = Executors.newFixedThreadPool(configs.size());
        try {
            List<Future<Result>> running = configs.stream()
                    .map(config -> threads.submit(() -> search(instance, config))).toList();
            List<Result> results = new ArrayList<>();
            for (Future<Result> search : running) {
                results.add(search.get());
            }
            return bestOf(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving " + instance.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A search of " + instance.name() + " failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * One configuration per search on {@code rota}, tuned for its size ({@link #configFor}). Several only where
     * re-plans are cheap: large rotas and rotas of many employees get one, their re-plans are costly and their gap
     * still falls with every second (instance 24 at 30 s: 145 % with one search, 166 % with two, each then at two
     * thirds of the speed). Several searches take the configured seed (or Timefold's default, 0) and the next ones.
     */
    List<SolverConfig> searchConfigs(RotaPlan rota, Duration timeLimit) {
        SolverConfig tuned = configFor(rota, timeLimit);
        if (searches == 1 || isLarge(rota) || hasManyEmployees(rota)) {
            return List.of(tuned);
        }
        long firstSeed = tuned.getRandomSeed() == null ? 0L : tuned.getRandomSeed();
        return LongStream.range(firstSeed, firstSeed + searches)
                .mapToObj(seed -> tuned.copyConfig().withRandomSeed(seed)).toList();
    }

    /**
     * The result of the best score, with the earliest time any search was feasible and the moves all searches
     * evaluated.
     */
    static Result bestOf(List<Result> results) {
        Result best = results.stream().max(Comparator.comparing(Result::score)).orElseThrow();
        long millisToFeasible = results.stream().mapToLong(Result::millisToFeasible).filter(millis -> millis >= 0)
                .min().orElse(-1);
        long millisSpent = results.stream().mapToLong(Result::millisSpent).max().orElseThrow();
        long movesEvaluated = results.stream().mapToLong(Result::movesEvaluated).sum();
        return new Result(best.instance(), best.roster(), best.evaluation(), best.score(), millisToFeasible,
                millisSpent, movesEvaluated);
    }

    private static Result search(Instance instance, SolverConfig config) {
        RotaPlan rota = RotaImporter.toRota(instance);
        Solver<RotaPlan> solver = SolverFactory.<RotaPlan>create(config).buildSolver();
        AtomicLong millisToFeasible = new AtomicLong(-1);
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (millisToFeasible.get() < 0 && event.isNewBestSolutionInitialized()
                    && score.hardScore() == 0 && score.mediumScore() == 0) {
                millisToFeasible.set(event.getTimeMillisSpent());
            }
        });
        long start = System.nanoTime();
        RotaPlan solved = solver.solve(rota);
        long millisSpent = (System.nanoTime() - start) / 1_000_000;
        Roster roster = RotaImporter.rosterOf(solved);
        Evaluation evaluation = new RosterEvaluator(instance).evaluate(roster);
        HardMediumSoftLongScore score = solved.getScore();
        long toFeasible = millisToFeasible.get();
        if (toFeasible < 0 && score.hardScore() == 0 && score.mediumScore() == 0) {
            toFeasible = millisSpent;
        }
        // The Solver interface does not give the count; the solver it builds does.
        long movesEvaluated = ((DefaultSolver<RotaPlan>) solver).getMoveEvaluationCount();
        return new Result(instance, roster, evaluation, score, toFeasible, millisSpent, movesEvaluated);
    }

    /** The configuration given, with a fixed time budget and tuned for the size of the rota. */
    SolverConfig configFor(RotaPlan rota, Duration timeLimit) {
        // A fixed budget replaces the product's own termination (which also stops after an unimproved time).
        SolverConfig config = solverConfig.copyConfig()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit));
        int employeeDays = rota.getEmployeeDays().size();
        boolean largeRota = isLarge(rota);
        boolean manyEmployees = hasManyEmployees(rota);
        Integer lateAcceptanceSize = null;
        if (largeRota || manyEmployees) {
            lateAcceptanceSize = LARGE_ROTA_LATE_ACCEPTANCE_SIZE;
        } else if (employeeDays < SMALL_ROTA_EMPLOYEE_DAYS) {
            lateAcceptanceSize = SMALL_ROTA_LATE_ACCEPTANCE_SIZE;
        }
        Map<String, String> rePlans = new HashMap<>();
        if (largeRota) {
            rePlans.put(EmployeeReplanMoveFactory.LENDING_PERCENT, String.valueOf(LENDING_PERCENT_ON_LARGE_ROTAS));
            rePlans.put(EmployeeReplanMoveFactory.AIMED_CELL_BONUS_PERCENT,
                    String.valueOf(AIMED_CELL_BONUS_PERCENT_ON_LARGE_ROTAS));
            rePlans.put(EmployeeReplanMoveFactory.HALF_WEEKEND_PERCENT,
                    String.valueOf(HALF_WEEKEND_PERCENT_ON_LARGE_ROTAS));
        }
        if (largeRota || manyEmployees) {
            rePlans.put(EmployeeReplanMoveFactory.MOST_EMPLOYEES_RE_PLANNED,
                    String.valueOf(LARGE_ROTA_EMPLOYEES_RE_PLANNED));
        }
        if (largeRota && manyEmployees) {
            rePlans.put(EmployeeReplanMoveFactory.AIMED_PERCENT,
                    String.valueOf(AIMED_PERCENT_ON_LARGE_ROTAS_OF_MANY_EMPLOYEES));
        }
        if (manyEmployees && !largeRota) {
            rePlans.put(EmployeeReplanMoveFactory.LONGEST_HAND_OVER_CHAIN,
                    String.valueOf(LONGEST_HAND_OVER_CHAIN_ON_SHORT_ROTAS_OF_MANY_EMPLOYEES));
        }
        if ((largeRota || manyEmployees) && searches > 1) {
            rePlans.put(EmployeeReplanMoveFactory.BACKGROUND_PLANNERS,
                    String.valueOf(BACKGROUND_PLANNERS_WHEN_ONE_SEARCH));
        }
        if (config.getPhaseConfigList() != null && (lateAcceptanceSize != null || !rePlans.isEmpty())) {
            config.setPhaseConfigList(tunedForSize(config.getPhaseConfigList(), lateAcceptanceSize, rePlans));
        }
        if (config.getPhaseConfigList() != null) {
            config.setPhaseConfigList(withColumnGenerationBudget(config.getPhaseConfigList(), rota, timeLimit));
        }
        return config;
    }

    /**
     * The phases with the {@link ColumnGeneration} phase given its share of {@code timeLimit} and the local search
     * just before it ended after its own share; or, where column generation does not fit that share, without it and
     * without the local search before it, so the last one runs all the time.
     */
    private static List<PhaseConfig> withColumnGenerationBudget(List<PhaseConfig> phases, RotaPlan rota,
                                                                Duration timeLimit) {
        List<PhaseConfig> budgeted = new ArrayList<>(phases);
        long budget = timeLimit.toMillis() * COLUMN_GENERATION_PERCENT / 100;
        for (int i = 0; i < budgeted.size(); i++) {
            if (budgeted.get(i) instanceof CustomPhaseConfig custom && custom.getCustomPhaseCommandClassList() != null
                    && custom.getCustomPhaseCommandClassList().contains(ColumnGeneration.class)) {
                boolean searchBefore = i > 0 && budgeted.get(i - 1) instanceof LocalSearchPhaseConfig;
                if (!ColumnGeneration.fitsBudget(rota, budget)) {
                    budgeted.remove(i);
                    if (searchBefore) {
                        budgeted.remove(i - 1);
                    }
                    return budgeted;
                }
                budgeted.set(i, custom.copyConfig().withCustomProperties(
                        Map.of(ColumnGeneration.BUDGET_MILLIS, String.valueOf(budget))));
                if (searchBefore) {
                    budgeted.set(i - 1, ((LocalSearchPhaseConfig) budgeted.get(i - 1)).copyConfig()
                            .withTerminationConfig(new TerminationConfig()
                                    .withSpentLimit(timeLimit.multipliedBy(FIRST_SEARCH_PERCENT).dividedBy(100))));
                }
            }
        }
        return budgeted;
    }

    private static boolean isLarge(RotaPlan rota) {
        return rota.getEmployeeDays().size() >= LARGE_ROTA_EMPLOYEE_DAYS;
    }

    private static boolean hasManyEmployees(RotaPlan rota) {
        return rota.getEmployees().size() >= MANY_EMPLOYEES;
    }

    /**
     * The local-search phases with, when given, another late-acceptance size (where one is set) and the custom
     * properties {@code rePlans} on every {@link EmployeeReplanMoveFactory} selector.
     */
    private static List<PhaseConfig> tunedForSize(List<PhaseConfig> phases, Integer lateAcceptanceSize,
                                                  Map<String, String> rePlans) {
        return phases.stream().map(phase -> {
            if (!(phase instanceof LocalSearchPhaseConfig localSearch)) {
                return phase;
            }
            LocalSearchPhaseConfig tuned = localSearch.copyConfig();
            if (lateAcceptanceSize != null && tuned.getAcceptorConfig() != null
                    && tuned.getAcceptorConfig().getLateAcceptanceSize() != null) {
                tuned.setAcceptorConfig(tuned.getAcceptorConfig().copyConfig()
                        .withLateAcceptanceSize(lateAcceptanceSize));
            }
            if (!rePlans.isEmpty()) {
                tuned.setMoveSelectorConfig(withRePlanProperties(tuned.getMoveSelectorConfig(), Map.copyOf(rePlans)));
            }
            return (PhaseConfig) tuned;
        }).toList();
    }

    /**
     * {@code selector} with copies of its {@link EmployeeReplanMoveFactory} selectors that carry {@code properties}.
     * Copies: a phase's copy still shares the selectors of a union with the configuration it came from, so setting
     * them in place carried one instance's tuning to every instance solved after it.
     */
    private static MoveSelectorConfig<?> withRePlanProperties(MoveSelectorConfig<?> selector,
                                                              Map<String, String> properties) {
        if (selector instanceof MoveIteratorFactoryConfig factory
                && factory.getMoveIteratorFactoryClass() == EmployeeReplanMoveFactory.class) {
            MoveIteratorFactoryConfig copy = factory.copyConfig();
            copy.setMoveIteratorFactoryCustomProperties(properties);
            return copy;
        }
        if (selector instanceof UnionMoveSelectorConfig union) {
            UnionMoveSelectorConfig copy = union.copyConfig();
            copy.setMoveSelectorList(union.getMoveSelectorList().stream()
                    .<MoveSelectorConfig>map(child -> withRePlanProperties(child, properties)).toList());
            return copy;
        }
        return selector;
    }
}
