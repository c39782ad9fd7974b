package org.permanence.rota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.permanence.rota.LawfulStart;
import org.permanence.rota.RotaAnalysis;
import org.permanence.rota.RotaConstraintWeights;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.SolveJob;
import org.permanence.rota.SolveSettings;
import org.permanence.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

@RestController
@RequestMapping("/api/rotas/{id}")
class RotaSolvingController {

    private static final String FULL = "full";
    /** An SSE stream outlives the longest solve allowed by default settings with room to spare. */
    private static final long EVENTS_TIMEOUT_MILLIS = Duration.ofMinutes(30).toMillis();

    private final RotaSolving solving;
    private final RotaAnalysis analysis;
    private final RotaConstraintWeights weights;
    private final LawfulStart lawfulStart;

    RotaSolvingController(RotaSolving solving, RotaAnalysis analysis, RotaConstraintWeights weights,
            LawfulStart lawfulStart) {
        this.solving = solving;
        this.analysis = analysis;
        this.weights = weights;
        this.lawfulStart = lawfulStart;
    }

    /**
     * {@code mode=full} re-plans every unpinned day, from the draft without the days that break the law. ({@code mode=repair}, re-planning after publishing, is served by
     * the planning feature's controller.)
     */
    @PostMapping("/solve")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Access.ROTA_SOLVE)
    SolveJobResponse solve(@PathVariable long id,
            @RequestParam(defaultValue = FULL) @Pattern(regexp = FULL, message = "must be full or repair") String mode,
            @Valid @RequestBody(required = false) SolveRequest request) {
        SolveSettings settings = request == null ? SolveSettings.defaults() : request.settings();
        SolveJob job = switch (mode) {
            case FULL -> solving.start(id, FULL, settings, lawfulStart::clearDaysBreakingTheLaw);
            default -> throw new IllegalStateException("mode " + mode + " passed validation");
        };
        return SolveJobResponse.of(job);
    }

    @GetMapping("/solve")
    @PreAuthorize(Access.ROTA_SOLVE_READ)
    SolveJobResponse status(@PathVariable long id) {
        return SolveJobResponse.of(solving.status(id));
    }

    /** Stops the solve early (no-op when not solving); the best rota so far is saved. */
    @DeleteMapping("/solve")
    @PreAuthorize(Access.ROTA_SOLVE)
    SolveJobResponse stop(@PathVariable long id) {
        solving.stop(id);
        return SolveJobResponse.of(solving.status(id));
    }

    /** Server-Sent Events: {@code best-score} at each improvement, then {@code end}, then the stream closes. */
    @GetMapping("/solve/events")
    @PreAuthorize(Access.ROTA_SOLVE_READ)
    SseEmitter events(@PathVariable long id) {
        SseEmitter emitter = new SseEmitter(EVENTS_TIMEOUT_MILLIS);
        AtomicBoolean endSent = new AtomicBoolean();
        Runnable cancel = solving.listen(id, new RotaSolving.Listener() {
            @Override
            public void improved(SolveJob job) {
                send(emitter, "best-score", job);
            }

            @Override
            public void ended(SolveJob job) {
                if (endSent.compareAndSet(false, true) && send(emitter, "end", job)) {
                    emitter.complete();
                }
            }
        });
        emitter.onCompletion(cancel);
        emitter.onTimeout(cancel);
        emitter.onError(error -> cancel.run());
        return emitter;
    }

    private static boolean send(SseEmitter emitter, String name, SolveJob job) {
        try {
            emitter.send(SseEmitter.event().name(name).data(SolveJobResponse.of(job)));
            return true;
        } catch (IOException | IllegalStateException e) {
            // The client has gone; the completion callback cancels the subscription.
            emitter.completeWithError(e);
            return false;
        }
    }

    @GetMapping("/analysis")
    @PreAuthorize(Access.ROTA_SOLVE_READ)
    RotaAnalysis.Report analysis(@PathVariable long id) {
        return analysis.analyse(id);
    }

    @GetMapping("/constraint-weights")
    @PreAuthorize(Access.ROTA_SOLVE_READ)
    RotaConstraintWeights.Weights constraintWeights(@PathVariable long id) {
        return weights.of(id);
    }

    /** Replaces every override of the rota's constraint weights, from the version read. */
    @PutMapping("/constraint-weights")
    @PreAuthorize(Access.ROTA_SOLVE)
    RotaConstraintWeights.Weights replaceConstraintWeights(@PathVariable long id,
            @Valid @RequestBody ConstraintWeightsRequest request) {
        return weights.replace(id, request.version(), request.toWeights());
    }
}
