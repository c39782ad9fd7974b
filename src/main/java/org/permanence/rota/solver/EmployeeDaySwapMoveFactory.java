package org.permanence.rota.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;

/**
 * Random moves where one employee exchanges what they do on two days at most {@link #MAXIMUM_DISTANCE_DAYS} apart
 * (a shift and a day off, or two shift types). Their minutes and shifts per type stay the same, so it reshapes runs,
 * days off and weekends without breaking the contract totals that a change move would.
 */
public class EmployeeDaySwapMoveFactory implements MoveIteratorFactory<RotaPlan, EmployeeBlockSwapMove> {

    /** A week: far enough to move a shift across a weekend or a run, near enough to stay local. */
    private static final int MAXIMUM_DISTANCE_DAYS = 7;

    private EmployeeDay[][] grid;

    @Override
    public void phaseStarted(ScoreDirector<RotaPlan> scoreDirector) {
        grid = EmployeeBlockSwapMoveFactory.grid(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RotaPlan> scoreDirector) {
        grid = null;
    }

    @Override
    public long getSize(ScoreDirector<RotaPlan> scoreDirector) {
        RotaPlan rota = scoreDirector.getWorkingSolution();
        return (long) rota.getEmployees().size() * rota.getCalendar().getDayCount() * MAXIMUM_DISTANCE_DAYS;
    }

    @Override
    public Iterator<EmployeeBlockSwapMove> createOriginalMoveIterator(ScoreDirector<RotaPlan> scoreDirector) {
        throw new UnsupportedOperationException("Day swaps are only selected at random");
    }

    @Override
    public Iterator<EmployeeBlockSwapMove> createRandomMoveIterator(ScoreDirector<RotaPlan> scoreDirector,
                                                                    Random random) {
        EmployeeDay[][] grid = this.grid != null ? this.grid
                : EmployeeBlockSwapMoveFactory.grid(scoreDirector.getWorkingSolution());
        int employees = grid.length;
        int days = employees == 0 ? 0 : grid[0].length;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return days > 1;
            }

            @Override
            public EmployeeBlockSwapMove next() {
                EmployeeDay[] row = grid[random.nextInt(employees)];
                int first = random.nextInt(days - 1);
                int second = Math.min(days - 1, first + 1 + random.nextInt(MAXIMUM_DISTANCE_DAYS));
                return new EmployeeBlockSwapMove(List.of(row[first]), List.of(row[second]));
            }
        };
    }
}
