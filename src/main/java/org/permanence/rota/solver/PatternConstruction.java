package org.permanence.rota.solver;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

/**
 * A construction that plans whole employees instead of single days: each employee in turn gets the pattern
 * {@link EmployeePatternPlanner} finds against those planned before, then everyone is planned once more against the
 * complete rota. Unlike a day-by-day construction, which sees all later days as off (so a first working day looks
 * like a run too short and breaks it), every pattern keeps the contract's day rules and totals from the start.
 */
public class PatternConstruction implements PhaseCommand<RotaPlan> {

    private static final int ROUNDS = 2;
    /** The window of the re-plans {@link #profilePlanning} times: four weeks, within local search's one to five. */
    private static final int PROFILED_WINDOW_DAYS = 28;

    @Override
    public void changeWorkingSolution(ScoreDirector<RotaPlan> scoreDirector, BooleanSupplier isPhaseTerminated) {
        RotaPlan rota = scoreDirector.getWorkingSolution();
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        if (grid.length == 0) {
            return;
        }
        EmployeePatternPlanner planner = new EmployeePatternPlanner(rota, grid);
        Random random = new Random(0);
        List<Integer> order = new ArrayList<>();
        for (int employee = 0; employee < grid.length; employee++) {
            order.add(employee);
        }
        int days = grid[0].length;
        for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            for (int employee : order) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                ShiftType[] planned = planner.plan(employee, 0, days, random);
                for (EmployeeDay day : grid[employee]) {
                    ShiftType value = planned[day.getDayIndex()];
                    if (!day.isPinned()) {
                        EmployeeReplanMove.assign(scoreDirector, day, value);
                    }
                }
                scoreDirector.triggerVariableListeners();
            }
        }
    }

    /**
     * The processor time of the pattern planner alone on {@code rota} (whose unpinned days it clears): everyone planned
     * over the whole period in turn, twice, as the construction does, then {@code windows} re-plans of a random
     * employee over a random window of {@value #PROFILED_WINDOW_DAYS} days, as local search makes them; each plan is
     * written to the rota before the next. The same work on every run for a given rota, so that a change to the
     * planner is measured apart from the search's randomness (scripts/bench-planner.sh).
     */
    public static PlanningProfile profilePlanning(RotaPlan rota, int windows) {
        EmployeeDay[][] grid = EmployeeBlockSwapMoveFactory.grid(rota);
        for (EmployeeDay day : rota.getEmployeeDays()) {
            if (!day.isPinned()) {
                day.setShiftType(null);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        EmployeePatternPlanner planner = new EmployeePatternPlanner(rota, grid);
        Random random = new Random(0);
        int days = grid.length == 0 ? 0 : grid[0].length;
        for (int round = 0; round < ROUNDS; round++) {
            for (int employee = 0; employee < grid.length; employee++) {
                write(grid[employee], planner.plan(employee, 0, days, random));
            }
        }
        long wholePeriodNanos = threads.getCurrentThreadCpuTime() - start;
        start = threads.getCurrentThreadCpuTime();
        for (int window = 0; window < windows && grid.length > 0; window++) {
            int employee = random.nextInt(grid.length);
            int from = random.nextInt(Math.max(1, days - PROFILED_WINDOW_DAYS));
            write(grid[employee], planner.plan(employee, from, Math.min(days, from + PROFILED_WINDOW_DAYS), random));
        }
        long windowNanos = threads.getCurrentThreadCpuTime() - start;
        return new PlanningProfile(ROUNDS * grid.length, wholePeriodNanos / 1_000_000, windows,
                windowNanos / 1_000_000);
    }

    private static void write(EmployeeDay[] row, ShiftType[] planned) {
        for (EmployeeDay day : row) {
            if (!day.isPinned()) {
                day.setShiftType(planned[day.getDayIndex()]);
            }
        }
    }

    /** Plans made over the whole period and the processor milliseconds they took; the same for windows. */
    public record PlanningProfile(int wholePeriodPlans, long wholePeriodMillis, int windowPlans, long windowMillis) {
    }
}
