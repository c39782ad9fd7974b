package org.permanence.planning;

import org.permanence.rota.RotaSolveEnded;
import org.permanence.rota.SolveJob;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** Puts the result of every background solve in the rota's audit trail, under the user who started it. */
@Component
class RotaSolveAudit {

    private final RotaHistory history;

    RotaSolveAudit(RotaHistory history) {
        this.history = history;
    }

    @EventListener
    void solveEnded(RotaSolveEnded ended) {
        SolveJob job = ended.job();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", ended.mode());
        result.put("score", job.bestScore());
        result.put("startedAt", job.startedAt());
        result.put("endedAt", job.endedAt());
        if (job.failure() != null) {
            result.put("failure", job.failure());
        }
        history.recordBy(ended.startedBy(), job.rotaId(), "SOLVE", null, result);
    }
}
