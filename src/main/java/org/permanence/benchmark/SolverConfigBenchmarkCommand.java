package org.permanence.benchmark;

import java.io.File;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;

/**
 * {@code scripts/benchmark-solver-configs.sh [BENCHMARK_XML]}: runs a Timefold PlannerBenchmark (by default
 * {@code solver-config/benchmark-shift-scheduling.xml}) and prints where its HTML report is
 * ({@code target/benchmarks/shift-scheduling/<timestamp>/index.html}).
 */
public final class SolverConfigBenchmarkCommand {

    private static final String DEFAULT_CONFIG = "solver-config/benchmark-shift-scheduling.xml";

    private SolverConfigBenchmarkCommand() {
    }

    public static void main(String[] args) {
        File config = new File(args.length > 0 ? args[0] : DEFAULT_CONFIG);
        File reportDirectory = PlannerBenchmarkFactory.createFromXmlFile(config).buildPlannerBenchmark().benchmark();
        System.out.println("HTML report: <timestamp>/index.html under " + reportDirectory.getPath());
    }
}
