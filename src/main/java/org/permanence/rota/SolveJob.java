package org.permanence.rota;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a rota's solve is doing or did.
 *
 * @param bestScore         best score so far ("0hard/-120medium/-3400soft"), null before the first solution
 * @param lastImprovementAt when the best score last improved
 * @param elapsed           time since the start, up to the end once finished
 * @param warnings          feasibility warnings found before solving
 * @param failure           why the solve stopped on an error, null otherwise
 */
public record SolveJob(long rotaId, Status status, Instant startedAt, Instant endedAt, String bestScore,
        Instant lastImprovementAt, Duration elapsed, List<String> warnings, String failure) {

    public enum Status {
        SOLVING, NOT_SOLVING
    }

    public boolean isSolving() {
        return status == Status.SOLVING;
    }
}
