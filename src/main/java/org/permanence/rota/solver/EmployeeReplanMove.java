package org.permanence.rota.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;

/** Gives one employee a new pattern on some days at once: each day in {@code days} takes its entry of {@code values}. */
public final class EmployeeReplanMove extends AbstractMove<RotaPlan> {

    private static final String SHIFT_TYPE = "shiftType";

    private final List<EmployeeDay> days;
    private final List<ShiftType> values;

    /** @param values the new shift type of each day, {@code null} for a day off */
    public EmployeeReplanMove(List<EmployeeDay> days, List<ShiftType> values) {
        if (days.size() != values.size()) {
            throw new IllegalArgumentException("One value per day");
        }
        this.days = List.copyOf(days);
        this.values = new ArrayList<>(values);
    }

    /** The new shift type (null = off) of each day the move changes. */
    Map<EmployeeDay, ShiftType> changes() {
        Map<EmployeeDay, ShiftType> changes = new LinkedHashMap<>();
        for (int index = 0; index < days.size(); index++) {
            changes.put(days.get(index), values.get(index));
        }
        return changes;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RotaPlan> scoreDirector) {
        boolean changesSomething = false;
        for (int index = 0; index < days.size(); index++) {
            EmployeeDay day = days.get(index);
            ShiftType value = values.get(index);
            if (day.isPinned() || !day.mayTake(value)) {
                return false;
            }
            changesSomething |= day.getShiftType() != value;
        }
        return changesSomething;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RotaPlan> scoreDirector) {
        for (int index = 0; index < days.size(); index++) {
            EmployeeDay day = days.get(index);
            ShiftType value = values.get(index);
            assign(scoreDirector, day, value);
        }
    }

    /** Gives {@code day} the shift type {@code value} (null = off) through the score director, if it has another. */
    static void assign(ScoreDirector<RotaPlan> scoreDirector, EmployeeDay day, ShiftType value) {
        if (day.getShiftType() != value) {
            scoreDirector.beforeVariableChanged(day, SHIFT_TYPE);
            day.setShiftType(value);
            scoreDirector.afterVariableChanged(day, SHIFT_TYPE);
        }
    }

    /** Shift types are problem facts shared by every clone of the rota, so only the days are looked up. */
    @Override
    public EmployeeReplanMove rebase(ScoreDirector<RotaPlan> destinationScoreDirector) {
        return new EmployeeReplanMove(rebaseList(days, destinationScoreDirector), values);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return days;
    }

    @Override
    public Collection<?> getPlanningValues() {
        Set<ShiftType> distinct = new LinkedHashSet<>(values);
        distinct.remove(null);
        return distinct;
    }

    @Override
    public String toString() {
        return "replan " + days.get(0) + ".." + days.get(days.size() - 1);
    }
}
