package org.permanence.rota.web;

import org.permanence.rota.SolveJob;

import java.time.Instant;
import java.util.List;

/** A solve's state; {@code elapsedMillis} runs until the end. */
public record SolveJobResponse(long rotaId, SolveJob.Status status, Instant startedAt, Instant endedAt, String bestScore,
        Instant lastImprovementAt, long elapsedMillis, List<String> warnings, String failure) {

    public static SolveJobResponse of(SolveJob job) {
        return new SolveJobResponse(job.rotaId(), job.status(), job.startedAt(), job.endedAt(), job.bestScore(),
                job.lastImprovementAt(), job.elapsed().toMillis(), job.warnings(), job.failure());
    }
}
