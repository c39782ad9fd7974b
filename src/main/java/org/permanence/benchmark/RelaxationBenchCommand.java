package org.permanence.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.solver.ColumnGeneration;
import org.permanence.rota.solver.ColumnGeneration.RelaxationProfile;
import org.permanence.rota.solver.PatternConstruction;
import org.permanence.rota.solver.RotaConstraintProvider;

/**
 * {@code scripts/bench-relaxation.sh [--seconds N] [INSTANCE...]}: the first relaxation of column generation from the
 * pattern construction's rota, which is the same on every run, so that a change to pricing or to the linear
 * programme is measured apart from the local search's randomness. Prints one row per instance: whether it converged,
 * its time, the linear programme's solves and the pricing runs with the time each took, the patterns generated and
 * the relaxation's value. Default: the instances the phase runs on at 60 s (1-12, 14, 16-18), 60 s each at most.
 */
public final class RelaxationBenchCommand {

    private static final List<String> DEFAULT_INSTANCES = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            "11", "12", "14", "16", "17", "18");

    private RelaxationBenchCommand() {
    }

    public static void main(String[] args) {
        long limitMillis = 60_000;
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                limitMillis = Long.parseLong(args[++i]) * 1000;
            } else {
                instances.add(args[i]);
            }
        }
        List<Path> files = ShiftSchedulingBenchCommand.instanceFiles(instances.isEmpty() ? DEFAULT_INSTANCES : instances);
        System.out.println("instance converged seconds lp_solves lp_seconds pricings pricing_seconds columns relaxation");
        for (Path file : files) {
            Instance instance = InstanceReader.read(file);
            RelaxationProfile profile = ColumnGeneration.profileRelaxation(constructed(instance), limitMillis);
            System.out.printf("%s %s %.1f %d %.1f %d %.1f %d %s%n", instance.name(), profile.converged() ? "yes" : "no",
                    profile.millis() / 1000.0, profile.solves(), profile.solveMillis() / 1000.0, profile.pricings(),
                    profile.pricingMillis() / 1000.0, profile.columns(),
                    profile.converged() ? String.valueOf(Math.round(profile.value())) : "-");
        }
    }

    private static RotaPlan constructed(Instance instance) {
        SolverConfig config = new SolverConfig().withSolutionClass(RotaPlan.class).withEntityClasses(EmployeeDay.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RotaConstraintProvider.class))
                .withPhaseList(List.of(new CustomPhaseConfig()
                        .withCustomPhaseCommandClassList(List.of(PatternConstruction.class))));
        return SolverFactory.<RotaPlan>create(config).buildSolver().solve(RotaImporter.toRota(instance));
    }
}
