package org.permanence.rota;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jakarta.annotation.PreDestroy;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.solver.RotaSolverFactory;
import org.permanence.system.ConflictException;
import org.permanence.system.NotFoundException;
import org.permanence.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Solves rotas in the background with Timefold's {@link SolverManager} (problem id = rota id). The improving best
 * rota is written to the draft at most every {@code permanence.solving.save-interval}, and once more at the end;
 * every write is one transaction ({@link RotaPlans#save}), so the stored rota is never half written. Days pinned in
 * the plan (the past, pinned shifts, days outside employment) are never changed by a solve.
 */
@Service
@EnableConfigurationProperties(SolvingProperties.class)
public class RotaSolving {

    private static final Logger log = LoggerFactory.getLogger(RotaSolving.class);

    /** Something that wants to hear about a solve: each new best score, then the end. */
    public interface Listener {

        void improved(SolveJob job);

        void ended(SolveJob job);
    }

    private final SolverManager<RotaPlan, Long> solverManager;
    private final RotaPlans plans;
    private final RotaFeasibility feasibility;
    private final RotaSolveResults results;
    private final SolvingProperties properties;
    private final Clock clock;
    private final Map<Long, Tracker> trackers = new ConcurrentHashMap<>();
    /** Writes the improving best rotas to their drafts, one save at a time. */
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rota-solve-saver");
        thread.setDaemon(true);
        return thread;
    });
    /** The solver XML's termination, the default when neither the request nor the settings give one. */
    private final TerminationConfig xmlTermination = RotaSolverFactory.loadConfig().getTerminationConfig();

    private final Rotas rotas;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    /** Rotas whose plan is being read for a solve, or that a synchronous solve works on. */
    private final Set<Long> claimed = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate claiming;

    RotaSolving(SolverManager<RotaPlan, Long> solverManager, RotaPlans plans, RotaFeasibility feasibility,
            RotaSolveResults results, SolvingProperties properties, Clock clock, Rotas rotas,
            CurrentUser currentUser, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.solverManager = solverManager;
        this.plans = plans;
        this.feasibility = feasibility;
        this.results = results;
        this.properties = properties;
        this.clock = clock;
        this.rotas = rotas;
        this.currentUser = currentUser;
        this.events = events;
        this.claiming = new TransactionTemplate(transactions);
        claiming.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /**
     * Starts solving the rota: builds its plan, refuses it (422) when a staffing need has a skill nobody holds,
     * lets {@code preparation} adjust the plan, and solves it in the background.
     * When it ends, the result is saved, the rota's version is bumped (edits made from before the solve are stale)
     * and {@link RotaSolveEnded} is published.
     *
     * @param mode        what kind of solve this is, for the audit trail ("full", "repair")
     * @throws ConflictException (field {@code rota}) when the rota is already being solved
     */
    public SolveJob start(long rotaId, String mode, SolveSettings settings, Consumer<RotaPlan> preparation) {
        return start(rotaId, mode, settings, preparation, UnaryOperator.identity());
    }

    /** The same, with {@code finishing} applied to the solver's final rota before it is saved. */
    public synchronized SolveJob start(long rotaId, String mode, SolveSettings settings,
            Consumer<RotaPlan> preparation, UnaryOperator<RotaPlan> finishing) {
        RotaPlan plan = claim(rotaId);
        Tracker tracker;
        try {
            List<String> warnings = feasibility.requireSolvable(plan);
            preparation.accept(plan);
            tracker = new Tracker(rotaId, clock.instant(), warnings, mode, currentUser.usernameOrSystem());
            trackers.put(rotaId, tracker);
        } finally {
            claimed.remove(rotaId);
        }
        tracker.startSaving();
        try {
            solverManager.solveBuilder()
                    .withProblemId(rotaId)
                    .withProblem(plan)
                    .withConfigOverride(new SolverConfigOverride<RotaPlan>()
                            .withTerminationConfig(termination(settings)))
                    .withBestSolutionEventConsumer(event -> tracker.improved(event.solution()))
                    .withFinalBestSolutionEventConsumer(event -> tracker.finished(event.solution(), finishing))
                    .withExceptionHandler((id, error) -> tracker.failed(error))
                    .run();
        } catch (RuntimeException e) {
            tracker.failed(e);
            throw e;
        }
        return tracker.snapshot();
    }

    /**
     * Refuses to change a rota while the solver works on it: the solve would overwrite the change when it saves its
     * best solution. The client retries after the solve ends (or stops it); nothing is stopped implicitly. Locks the
     * rota's row for the caller's transaction first: a solve claims the rota under the same lock, so a change either
     * commits before the solve reads the rota or is refused here.
     *
     * @throws ConflictException (field {@code rota}) while a solve of the rota runs
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireNotSolving(long rotaId) {
        rotas.lock(rotaId);
        requireUnclaimed(rotaId);
    }

    /**
     * Runs {@code work} on the rota's plan while no one else may change or solve the rota: a synchronous solve such as
     * a repair, which saves its result itself.
     */
    public <T> T exclusively(long rotaId, Function<RotaPlan, T> work) {
        RotaPlan plan = claim(rotaId);
        try {
            return work.apply(plan);
        } finally {
            claimed.remove(rotaId);
        }
    }

    /**
     * Builds the rota's plan and claims the rota, under its row lock and with the latest committed data: a change
     * in progress commits before the plan is read, and a change that comes after finds the claim.
     */
    private RotaPlan claim(long rotaId) {
        return claiming.execute(status -> {
            rotas.lock(rotaId);
            requireUnclaimed(rotaId);
            claimed.add(rotaId);
            try {
                return plans.build(rotaId);
            } catch (RuntimeException e) {
                claimed.remove(rotaId);
                throw e;
            }
        });
    }

    private void requireUnclaimed(long rotaId) {
        // A background solve counts until its result is saved, a synchronous one (a repair) until it has saved it.
        if (isSolving(rotaId) || claimed.contains(rotaId)
                || solverManager.getSolverStatus(rotaId) != SolverStatus.NOT_SOLVING) {
            throw new ConflictException("rota", "rota " + rotaId
                    + " is being solved; changes are refused until the solve ends or is stopped");
        }
    }

    public boolean isSolving(long rotaId) {
        Tracker tracker = trackers.get(rotaId);
        return tracker != null && tracker.solving;
    }

    /**
     * The rota's current or last solve since the service started.
     *
     * @throws NotFoundException when it has not been solved since
     */
    public SolveJob status(long rotaId) {
        return tracker(rotaId).snapshot();
    }

    /** Stops the solve early; the best rota found so far is saved as at a normal end. */
    public void stop(long rotaId) {
        if (isSolving(rotaId)) {
            solverManager.terminateEarly(rotaId);
        }
    }

    /**
     * Follows the rota's solve. A solve that has already ended calls {@link Listener#ended} at once.
     *
     * @return what cancels the subscription
     */
    public Runnable listen(long rotaId, Listener listener) {
        Tracker tracker = tracker(rotaId);
        tracker.listeners.add(listener);
        if (!tracker.solving && tracker.listeners.remove(listener)) {
            listener.ended(tracker.snapshot());
        }
        return () -> tracker.listeners.remove(listener);
    }

    @PreDestroy
    void shutDown() {
        saver.shutdownNow();
    }

    private Tracker tracker(long rotaId) {
        Tracker tracker = trackers.get(rotaId);
        if (tracker == null) {
            throw new NotFoundException("Solve of rota", rotaId);
        }
        return tracker;
    }

    private TerminationConfig termination(SolveSettings settings) {
        Duration spent = firstOf(settings.spentLimit(), properties.spentLimit(),
                xmlTermination.calculateTimeMillisSpentLimit());
        Duration unimproved = firstOf(settings.unimprovedLimit(), properties.unimprovedLimit(),
                xmlTermination.calculateUnimprovedTimeMillisSpentLimit());
        TerminationConfig termination = new TerminationConfig().withSpentLimit(capped(spent));
        return unimproved == null ? termination : termination.withUnimprovedSpentLimit(capped(unimproved));
    }

    private static Duration firstOf(Duration requested, Duration configured, Long xmlMillis) {
        if (requested != null) {
            return requested;
        }
        return configured != null ? configured : xmlMillis == null ? null : Duration.ofMillis(xmlMillis);
    }

    private Duration capped(Duration limit) {
        Duration max = properties.maxSpentLimit();
        return limit == null || limit.compareTo(max) > 0 ? max : limit;
    }

    /**
     * The state of one solve. Timefold calls {@code improved} and {@code finished} on its consumer thread; the saver
     * thread writes the latest unsaved best rota every save interval. Saves hold the tracker's lock, so they never
     * overlap, and the final save is the last one.
     */
    private final class Tracker {

        private final long rotaId;
        private final Instant startedAt;
        private final List<String> warnings;
        private final String mode;
        private final String startedBy;
        private final List<Listener> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean solving = true;
        private volatile String bestScore;
        private volatile Instant lastImprovementAt;
        private volatile Instant endedAt;
        private static final int MAX_FAILURE_LENGTH = 300;

        private volatile String failure;
        private RotaPlan unsaved;
        private ScheduledFuture<?> periodicSave;

        Tracker(long rotaId, Instant startedAt, List<String> warnings, String mode, String startedBy) {
            this.rotaId = rotaId;
            this.startedAt = startedAt;
            this.warnings = List.copyOf(warnings);
            this.mode = mode;
            this.startedBy = startedBy;
        }

        void startSaving() {
            long interval = properties.saveInterval().toMillis();
            periodicSave = saver.scheduleWithFixedDelay(this::saveUnsaved, interval, interval, TimeUnit.MILLISECONDS);
        }

        void improved(RotaPlan best) {
            bestScore = String.valueOf(best.getScore());
            lastImprovementAt = clock.instant();
            synchronized (this) {
                unsaved = best;
            }
            SolveJob job = snapshot();
            listeners.forEach(listener -> listener.improved(job));
        }

        synchronized void saveUnsaved() {
            if (unsaved == null || !solving) {
                return;
            }
            try {
                plans.save(rotaId, unsaved);
                unsaved = null;
            } catch (RuntimeException e) {
                log.warn("Saving the improving rota {} failed; the next save retries", rotaId, e);
            }
        }

        void finished(RotaPlan solved, UnaryOperator<RotaPlan> finishing) {
            stopSaving();
            synchronized (this) {
                unsaved = null;
                try {
                    RotaPlan best = finishing.apply(solved);
                    bestScore = String.valueOf(best.getScore());
                    plans.save(rotaId, best);
                    results.record(rotaId, bestScore, clock.instant());
                    rotas.claimEdit(rotaId, rotas.get(rotaId).version());
                } catch (RuntimeException e) {
                    failure = "saving the solved rota failed: " + briefly(e);
                    log.error("Saving the solved rota {} failed", rotaId, e);
                }
            }
            end();
        }

        void failed(Throwable error) {
            stopSaving();
            failure = briefly(error);
            log.error("Solving rota {} failed", rotaId, error);
            end();
        }

        /** The root cause in a line: a whole exception message can hold every planned shift. */
        private static String briefly(Throwable error) {
            String message = String.valueOf(NestedExceptionUtils.getMostSpecificCause(error).getMessage());
            return message.length() <= MAX_FAILURE_LENGTH ? message
                    : message.substring(0, MAX_FAILURE_LENGTH) + "… (the server log has the rest)";
        }

        private void stopSaving() {
            if (periodicSave != null) {
                periodicSave.cancel(false);
            }
        }

        private void end() {
            endedAt = clock.instant();
            solving = false;
            SolveJob job = snapshot();
            try {
                events.publishEvent(new RotaSolveEnded(job, mode, startedBy));
            } catch (RuntimeException e) {
                log.error("Recording the end of the solve of rota {} failed", rotaId, e);
            }
            listeners.forEach(listener -> listener.ended(job));
            listeners.clear();
        }

        SolveJob snapshot() {
            Instant end = endedAt;
            return new SolveJob(rotaId, solving ? SolveJob.Status.SOLVING : SolveJob.Status.NOT_SOLVING, startedAt,
                    end, bestScore, lastImprovementAt,
                    Duration.between(startedAt, end == null ? clock.instant() : end), warnings, failure);
        }
    }
}
