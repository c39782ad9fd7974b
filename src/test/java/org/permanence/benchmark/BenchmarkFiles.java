package org.permanence.benchmark;

import java.nio.file.Path;

/** The benchmark files kept in the repository: the 24 instances and the hand-checked rosters of README §6. */
public final class BenchmarkFiles {

    static final Path INSTANCES = Path.of("benchmarks/shift-scheduling/instances");
    static final Path ROSTERS = Path.of("src/test/resources/benchmark/rosters");

    private BenchmarkFiles() {
    }

    public static Instance instance(int number) {
        return InstanceReader.read(INSTANCES.resolve("Instance" + number + ".txt"));
    }

    static Roster publishedRoster(Instance instance) {
        return RosterGrid.read(instance, ROSTERS.resolve(instance.name() + ".grid"));
    }
}
