package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import ai.timefold.solver.benchmark.api.PlannerBenchmark;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;

import org.junit.jupiter.api.Test;

class SolverConfigBenchmarkTest {

    @Test
    void benchmarkConfigIsValidAndBuildsWithItsInstances() {
        PlannerBenchmark benchmark = PlannerBenchmarkFactory
                .createFromXmlFile(new File("solver-config/benchmark-shift-scheduling.xml"))
                .buildPlannerBenchmark();

        assertThat(benchmark).isNotNull();
    }
}
