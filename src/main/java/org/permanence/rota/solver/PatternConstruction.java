package org.permanence.rota.solver;

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
}
