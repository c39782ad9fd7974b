package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;

/**
 * Random {@link EmployeeBlockSwapMove}s: a random day, two random employees and a run of 1 to
 * {@link #MAXIMUM_BLOCK_DAYS} days from there. Generated directly, unlike a filtered swap selector that mostly draws
 * pairs of different days and throws them away.
 */
public class EmployeeBlockSwapMoveFactory implements MoveIteratorFactory<RotaPlan, EmployeeBlockSwapMove> {

    /** A week: long enough to exchange a whole weekend or a run of shifts, short enough to stay local. */
    private static final int MAXIMUM_BLOCK_DAYS = 7;

    /** Employee × day cells of the working solution, built once per phase (the cells never move, only values). */
    private EmployeeDay[][] grid;

    @Override
    public void phaseStarted(ScoreDirector<RotaPlan> scoreDirector) {
        grid = grid(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RotaPlan> scoreDirector) {
        grid = null;
    }

    @Override
    public long getSize(ScoreDirector<RotaPlan> scoreDirector) {
        RotaPlan rota = scoreDirector.getWorkingSolution();
        long employees = rota.getEmployees().size();
        return employees * (employees - 1) / 2 * rota.getCalendar().getDayCount() * MAXIMUM_BLOCK_DAYS;
    }

    @Override
    public Iterator<EmployeeBlockSwapMove> createOriginalMoveIterator(ScoreDirector<RotaPlan> scoreDirector) {
        throw new UnsupportedOperationException("Block swaps are only selected at random");
    }

    @Override
    public Iterator<EmployeeBlockSwapMove> createRandomMoveIterator(ScoreDirector<RotaPlan> scoreDirector, Random random) {
        EmployeeDay[][] grid = this.grid != null ? this.grid : grid(scoreDirector.getWorkingSolution());
        int employees = grid.length;
        int days = employees == 0 ? 0 : grid[0].length;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return employees > 1 && days > 0;
            }

            @Override
            public EmployeeBlockSwapMove next() {
                int first = random.nextInt(employees);
                int second = random.nextInt(employees - 1);
                if (second >= first) {
                    second++;
                }
                // Half the moves are single days, the rest spread over 2..7 days.
                int length = random.nextBoolean() ? 1 : 2 + random.nextInt(MAXIMUM_BLOCK_DAYS - 1);
                int start = random.nextInt(days);
                int end = Math.min(days, start + length);
                List<EmployeeDay> left = new ArrayList<>(end - start);
                List<EmployeeDay> right = new ArrayList<>(end - start);
                for (int day = start; day < end; day++) {
                    left.add(grid[first][day]);
                    right.add(grid[second][day]);
                }
                return new EmployeeBlockSwapMove(left, right);
            }
        };
    }

    static EmployeeDay[][] grid(RotaPlan rota) {
        Map<Employee, Integer> index = new IdentityHashMap<>();
        for (Employee employee : rota.getEmployees()) {
            index.put(employee, index.size());
        }
        EmployeeDay[][] grid = new EmployeeDay[index.size()][rota.getCalendar().getDayCount()];
        for (EmployeeDay day : rota.getEmployeeDays()) {
            grid[index.get(day.getEmployee())][day.getDayIndex()] = day;
        }
        return grid;
    }
}
