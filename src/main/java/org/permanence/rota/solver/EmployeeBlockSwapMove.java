package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

/**
 * Two employees exchange what they do on a run of consecutive days (shifts and days off alike). Cover per day and
 * shift type stays as it was; only who works changes, so it repairs patterns (runs, weekends, successions) without
 * first losing cover. A run of one day is the classic same-day swap. The same move also exchanges two days of one
 * employee ({@link EmployeeDaySwapMoveFactory}): each cell of {@code left} takes the value of its pair in
 * {@code right} and the other way round.
 */
public final class EmployeeBlockSwapMove extends AbstractMove<RotaPlan> {

    private final List<EmployeeDay> left;
    private final List<EmployeeDay> right;

    /** @param left and {@code right}: the two employees' cells on the same days, in day order */
    public EmployeeBlockSwapMove(List<EmployeeDay> left, List<EmployeeDay> right) {
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotaPlan> scoreDirector) {
        boolean changesSomething = false;
        for (int index = 0; index < left.size(); index++) {
            EmployeeDay mine = left.get(index);
            EmployeeDay theirs = right.get(index);
            if (mine.isPinned() || theirs.isPinned()) {
                return false;
            }
            if (mine.getShiftType() != theirs.getShiftType()) {
                if (!mine.mayTake(theirs.getShiftType()) || !theirs.mayTake(mine.getShiftType())) {
                    return false;
                }
                changesSomething = true;
            }
        }
        return changesSomething;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotaPlan> scoreDirector) {
        for (int index = 0; index < left.size(); index++) {
            EmployeeDay mine = left.get(index);
            EmployeeDay theirs = right.get(index);
            ShiftType myShift = mine.getShiftType();
            EmployeeReplanMove.assign(scoreDirector, mine, theirs.getShiftType());
            EmployeeReplanMove.assign(scoreDirector, theirs, myShift);
        }
    }

    @Override
    public EmployeeBlockSwapMove rebase(ScoreDirector<RotaPlan> destinationScoreDirector) {
        return new EmployeeBlockSwapMove(rebaseList(left, destinationScoreDirector),
                rebaseList(right, destinationScoreDirector));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<EmployeeDay> entities = new ArrayList<>(left);
        entities.addAll(right);
        return entities;
    }

    @Override
    public Collection<?> getPlanningValues() {
        Set<ShiftType> values = new LinkedHashSet<>();
        left.forEach(day -> values.add(day.getShiftType()));
        right.forEach(day -> values.add(day.getShiftType()));
        return values;
    }

    @Override
    public String toString() {
        return left.get(0) + ".." + left.get(left.size() - 1) + " <-> " + right.get(0) + ".." + right.get(right.size() - 1);
    }
}
