package org.permanence.planning.web;

import org.permanence.planning.RotaEdits;
import org.permanence.planning.ScoreImpact;

/** The answer to an edit: the rota's new version (send it with the next edit), the shift, the score impact. */
record EditResponse(long rotaId, long version, ShiftView shift, ScoreImpact impact) {

    static EditResponse of(RotaEdits.Edited edited) {
        return new EditResponse(edited.rota().id(), edited.rota().version(), ShiftView.of(edited.shift()),
                edited.impact());
    }
}
