package org.permanence.rota.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;

/** Only the moves that give a changed, unpinned day back its published assignment. */
public class RestoresPublishedAssignment implements SelectionFilter<RotaPlan, ChangeMove<RotaPlan>> {

    @Override
    public boolean accept(ScoreDirector<RotaPlan> scoreDirector, ChangeMove<RotaPlan> move) {
        EmployeeDay day = (EmployeeDay) move.getEntity();
        return !day.isPinned() && day.differsFromPublished() && move.getToPlanningValue() == day.getPublishedShiftType();
    }
}
