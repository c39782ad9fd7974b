package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.Rota;

/** Keeps swaps between two employees on the same day: coverage stays as it was, only who works changes. */
public class SameDaySwapFilter implements SelectionFilter<Rota, SwapMove<Rota>> {

    @Override
    public boolean accept(ScoreDirector<Rota> scoreDirector, SwapMove<Rota> move) {
        EmployeeDay left = (EmployeeDay) move.getLeftEntity();
        EmployeeDay right = (EmployeeDay) move.getRightEntity();
        return left.getDayIndex() == right.getDayIndex() && left.getShiftType() != right.getShiftType();
    }
}
