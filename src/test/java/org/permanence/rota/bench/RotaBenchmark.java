package org.permanence.rota.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.permanence.rota.domain.CoverDemand;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.Rota;
import org.permanence.rota.solver.RotaSolverFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Solves synthetic helplines of several sizes for one month with a fixed time budget and prints one table row each:
 * staff, shifts (planning entities), time to 0 hard, final score, coverage, score calculation speed.
 * Usage: {@code RotaBenchmark [--seconds N] [STAFF...]} (defaults: 30 s, 60 150 500).
 */
public final class RotaBenchmark {

    private static final long SEED = 119;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 31);

    private RotaBenchmark() {
    }

    public static void main(String[] args) {
        long seconds = 30;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Long.parseLong(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(60, 150, 500);
        }
        System.out.printf("%6s %8s %14s %32s %10s %12s%n", "staff", "shifts", "to 0 hard (s)", "final score",
                "coverage", "calc/s");
        for (int staff : sizes) {
            System.out.println(run(staff, seconds));
        }
    }

    static String run(int staff, long seconds) {
        Rota problem = SyntheticHelpline.generate(staff, FIRST_DAY, LAST_DAY, SEED);
        SolverFactory<Rota> factory = RotaSolverFactory.create(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds));
        Solver<Rota> solver = factory.buildSolver();
        AtomicLong millisToFeasible = new AtomicLong(-1);
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (millisToFeasible.get() < 0 && event.isNewBestSolutionInitialized() && score.hardScore() == 0) {
                millisToFeasible.set(event.getTimeMillisSpent());
            }
        });
        Rota solved = solver.solve(problem);
        long speed = ((DefaultSolver<Rota>) solver).getScoreCalculationSpeed();
        String toFeasible = millisToFeasible.get() < 0 ? "never" : String.format(Locale.ROOT, "%.1f",
                millisToFeasible.get() / 1000.0);
        return String.format(Locale.ROOT, "%6d %8d %14s %32s %9.1f%% %12d", staff, solved.getEmployeeDays().size(),
                toFeasible, solved.getScore(), coveragePercent(solved), speed);
    }

    /** Person-slots covered (up to what is required) over person-slots required. */
    static double coveragePercent(Rota rota) {
        Map<CoverDemand, Integer> onDuty = new IdentityHashMap<>();
        for (EmployeeDay day : rota.getEmployeeDays()) {
            if (day.isWorking()) {
                for (CoverDemand demand : day.getShift().coveredDemands()) {
                    onDuty.merge(demand, 1, Integer::sum);
                }
            }
        }
        long required = 0;
        long covered = 0;
        for (CoverDemand demand : rota.getDemands()) {
            required += demand.getRequired();
            covered += Math.min(demand.getRequired(), onDuty.getOrDefault(demand, 0));
        }
        return required == 0 ? 100.0 : 100.0 * covered / required;
    }
}
