package org.permanence.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.permanence.rota.solver.RotaSolverFactory;

/**
 * {@code scripts/bench-shift-scheduling.sh [--seconds N] [--seed N] [--searches N] [--out DIR] [--config SOLVER_XML]
 * [INSTANCE...]}:
 * solves each instance (default all 24, 60 s each) with the product's model and constraints (default phases:
 * {@code solver-config/shift-scheduling-solver.xml}; {@code --config solver-config/rota-solver.xml} for the
 * helpline phases) and prints one row per instance,
 * {@code instance feasible penalty best_known gap_pct seconds_to_feasible moves_per_second}, then the mean gap over
 * feasible rows. Moves a second (all searches of the instance together) tell how fast the machine ran: on a shared
 * machine it drifts, and a gap is only comparable with one measured at a like speed. Penalty and feasibility come
 * from the independent evaluator; a disagreement with the Timefold score is reported on standard error. With
 * {@code --out} it writes every roster as a grid and as Roster XML. {@code --seed} sets the solver's random seed
 * (Timefold's default otherwise), so that a change can be compared over several runs.
 * {@code --searches} sets how many searches run at once on each small or mid-sized instance (one on 13 and 20–24),
 * with that seed and the next ones, the best roster kept (default: one per processor; {@code --searches 1} for one);
 * on 13 and 20–24, more than one lets a second thread plan the search's re-plans.
 */
public final class ShiftSchedulingBenchCommand {

    private static final Path INSTANCES = Path.of("benchmarks/shift-scheduling/instances");
    static final String BENCHMARK_SOLVER_CONFIG_RESOURCE = "solver-config/shift-scheduling-solver.xml";

    private ShiftSchedulingBenchCommand() {
    }

    /** The product's own solver configuration, as the service uses it. */
    public static SolverConfig productSolverConfig() {
        return RotaSolverFactory.loadConfig();
    }

    /** The product's model, constraints and moves, with the phases tuned for this benchmark. */
    public static SolverConfig benchmarkSolverConfig() {
        return SolverConfig.createFromXmlResource(BENCHMARK_SOLVER_CONFIG_RESOURCE,
                ShiftSchedulingBenchCommand.class.getClassLoader());
    }

    public static void main(String[] args) {
        int seconds = 60;
        Path out = null;
        Path config = null;
        Long seed = null;
        int searches = Runtime.getRuntime().availableProcessors();
        List<String> instances = new ArrayList<>();
        for (int index = 0; index < args.length; index++) {
            switch (args[index]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++index]);
                case "--out" -> out = Path.of(args[++index]);
                case "--config" -> config = Path.of(args[++index]);
                case "--seed" -> seed = Long.parseLong(args[++index]);
                case "--searches" -> searches = Integer.parseInt(args[++index]);
                default -> instances.add(args[index]);
            }
        }
        List<Path> instanceFiles = instanceFiles(instances);
        SolverConfig solverConfig = config == null ? benchmarkSolverConfig()
                : SolverConfig.createFromXmlFile(config.toFile());
        InstanceSolver solver = new InstanceSolver(seed == null ? solverConfig : solverConfig.withRandomSeed(seed),
                searches);
        BestKnownValues bestKnown = BestKnownValues.load();
        System.out.println("instance feasible penalty best_known gap_pct seconds_to_feasible moves_per_second");
        double gapSum = 0;
        int gapCount = 0;
        for (Path file : instanceFiles) {
            Instance instance = InstanceReader.read(file);
            InstanceSolver.Result result = solver.solve(instance, Duration.ofSeconds(seconds));
            Evaluation evaluation = result.evaluation();
            OptionalLong best = bestKnown.of(instance.name());
            String gap = "-";
            if (evaluation.feasible() && best.isPresent()) {
                double gapPercent = BestKnownValues.gapPercent(evaluation.penalty(), best.getAsLong());
                gap = String.format(Locale.ROOT, "%.1f", gapPercent);
                gapSum += gapPercent;
                gapCount++;
            }
            System.out.printf(Locale.ROOT, "%s %s %d %s %s %s %d%n", instance.name(),
                    evaluation.feasible() ? "yes" : "no", evaluation.penalty(),
                    best.isPresent() ? String.valueOf(best.getAsLong()) : "-", gap,
                    result.millisToFeasible() < 0 ? "-"
                            : String.format(Locale.ROOT, "%.1f", result.millisToFeasible() / 1000.0),
                    result.movesPerSecond());
            reportDisagreement(result);
            if (out != null) {
                write(out, result);
            }
        }
        System.out.printf(Locale.ROOT, "mean_gap_pct %s over %d feasible instance(s) of %d%n",
                gapCount == 0 ? "-" : String.format(Locale.ROOT, "%.1f", gapSum / gapCount), gapCount,
                instanceFiles.size());
    }

    /**
     * The files of the instances named by {@code arguments}: numbers (7), names (Instance7) or paths; all 24 when
     * there are none.
     */
    static List<Path> instanceFiles(List<String> arguments) {
        if (arguments.isEmpty()) {
            return IntStream.rangeClosed(1, 24).mapToObj(number -> instanceFile(String.valueOf(number))).toList();
        }
        return arguments.stream().map(ShiftSchedulingBenchCommand::instanceFile).toList();
    }

    private static Path instanceFile(String argument) {
        if (argument.matches("\\d+")) {
            return INSTANCES.resolve("Instance" + argument + ".txt");
        }
        Path path = Path.of(argument);
        return Files.exists(path) ? path : INSTANCES.resolve(argument + ".txt");
    }

    private static void reportDisagreement(InstanceSolver.Result result) {
        Evaluation evaluation = result.evaluation();
        boolean timefoldFeasible = result.score().hardScore() == 0 && result.score().mediumScore() == 0;
        if (timefoldFeasible != evaluation.feasible()
                || (evaluation.feasible() && -result.score().softScore() != evaluation.penalty())) {
            System.err.println(result.instance().name() + ": Timefold score " + result.score()
                    + " disagrees with the evaluator (feasible " + evaluation.feasible() + ", penalty "
                    + evaluation.penalty() + ")");
        }
        evaluation.hardViolations().forEach(violation ->
                System.err.println(result.instance().name() + " hard: " + violation.describe()));
    }

    private static void write(Path out, InstanceSolver.Result result) {
        Instance instance = result.instance();
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(instance.name() + ".grid"), RosterGrid.format(instance, result.roster()));
            Files.writeString(out.resolve(instance.name() + ".roster.xml"),
                    RosterXmlWriter.write(instance, result.roster(), result.evaluation().penalty()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rosters to " + out, e);
        }
    }
}
