package org.permanence.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.permanence.rota.solver.PatternConstruction;
import org.permanence.rota.solver.PatternConstruction.PlanningProfile;

/**
 * {@code scripts/bench-planner.sh [--windows N] [--repeats N] [INSTANCE...]}: the processor time of the pattern
 * planner that the construction, the employee re-plans and column generation's dives are built on, on the same work
 * every run ({@link PatternConstruction#profilePlanning}), so that a change to it is measured apart from the search's
 * randomness and the machine's other load. Prints one row per instance with the best of the repeats (the first warms
 * the JIT up): milliseconds per whole-period plan and per four-week window. Default: instances 13 and 20-24, where
 * planning bounds the search, 3 000 windows, 3 repeats.
 */
public final class PlannerBenchCommand {

    private static final List<String> DEFAULT_INSTANCES = List.of("13", "20", "21", "22", "23", "24");

    private PlannerBenchCommand() {
    }

    public static void main(String[] args) {
        int windows = 3_000;
        int repeats = 3;
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--windows" -> windows = Integer.parseInt(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                default -> instances.add(args[i]);
            }
        }
        List<Path> files = ShiftSchedulingBenchCommand.instanceFiles(
                instances.isEmpty() ? DEFAULT_INSTANCES : instances);
        System.out.println("instance employees days whole_period_plans ms_per_whole_period windows ms_per_window");
        for (Path file : files) {
            Instance instance = InstanceReader.read(file);
            PlanningProfile best = null;
            for (int repeat = 0; repeat < repeats; repeat++) {
                PlanningProfile profile = PatternConstruction.profilePlanning(RotaImporter.toRota(instance), windows);
                if (best == null || profile.wholePeriodMillis() + profile.windowMillis()
                        < best.wholePeriodMillis() + best.windowMillis()) {
                    best = profile;
                }
            }
            System.out.printf("%s %d %d %d %.2f %d %.3f%n", instance.name(), instance.staff().size(),
                    instance.horizon(), best.wholePeriodPlans(),
                    (double) best.wholePeriodMillis() / Math.max(1, best.wholePeriodPlans()), best.windowPlans(),
                    (double) best.windowMillis() / Math.max(1, best.windowPlans()));
        }
    }
}
