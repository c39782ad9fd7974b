package org.permanence.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.permanence.demand.ShiftTemplates;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaShift;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.security.CurrentUser;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.StaffMember;
import org.permanence.system.ConflictException;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Shift swaps between employees, with a manager's approval: the holder of a published shift proposes it to a
 * colleague (for one of theirs, or as a gift), the colleague accepts or declines, a manager approves — which hands
 * the shifts over in the rota's draft, pinned, with the score impact, ready to publish — or rejects.
 */
@Service
public class ShiftSwaps {

    private static final String RESOURCE = "Shift swap";

    /** A swap approved: the rota after the hand-over (with its new version) and what it did to the score. */
    public record Approved(ShiftSwap swap, Rota rota, ScoreImpact impact) {
    }

    private final ShiftSwapRepository swaps;
    private final PublishedShifts published;
    private final Rotas rotas;
    private final RotaPlans plans;
    private final RotaSolving solving;
    private final SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;
    private final RotaHistory history;
    private final StaffDirectory staff;
    private final CurrentUser currentUser;
    private final ShiftTemplates templates;
    private final ZoneId zone;
    private final Clock clock;
    private final EditImpactExplainer impacts;

    ShiftSwaps(ShiftSwapRepository swaps, PublishedShifts published, Rotas rotas, RotaPlans plans,
            RotaSolving solving, SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager,
            RotaHistory history, StaffDirectory staff, ShiftTemplates templates, CurrentUser currentUser,
            HelplineProperties helpline, Clock clock) {
        this.swaps = swaps;
        this.published = published;
        this.rotas = rotas;
        this.plans = plans;
        this.solving = solving;
        this.solutionManager = solutionManager;
        this.history = history;
        this.staff = staff;
        this.currentUser = currentUser;
        this.templates = templates;
        this.zone = helpline.zone();
        this.clock = clock;
        this.impacts = new EditImpactExplainer(zone);
    }

    /**
     * The requester proposes their published, not yet started shift to a partner, in exchange for the partner's
     * shift of the same rota ({@code partnerShiftId}) or as a gift (null). A shift may be in one open swap at a time.
     */
    @Transactional
    public ShiftSwap propose(long requesterId, long shiftId, long partnerId, Long partnerShiftId, String message) {
        PublishedShift given = publishedShiftOf(requesterId, shiftId, "shiftId");
        if (partnerId == requesterId) {
            throw new InvalidRequestException("partnerEmployeeId", "must be someone else than the requester");
        }
        StaffMember partner = staff.employee(partnerId)
                .orElseThrow(() -> new InvalidRequestException("partnerEmployeeId", "no employee " + partnerId));
        PublishedShift taken = partnerShiftId == null ? null
                : publishedShiftOf(partnerId, partnerShiftId, "partnerShiftId");
        if (taken != null && taken.rotaId() != given.rotaId()) {
            throw new InvalidRequestException("partnerShiftId", "is in rota " + taken.rotaId() + ", not in rota "
                    + given.rotaId() + " of shift " + shiftId + "; swap shifts of one rota");
        }
        requireCanTake(partner, given, taken, "partnerEmployeeId");
        if (taken != null) {
            requireCanTake(staff.employee(requesterId).orElseThrow(), taken, given, "partnerShiftId");
        }
        List<Long> shiftIds = taken == null ? List.of(shiftId) : List.of(shiftId, partnerShiftId);
        if (swaps.countOpenInvolvingShifts(shiftIds) > 0) {
            throw new ConflictException("shiftId", "a swap of this shift (or of the partner's) is already open; "
                    + "cancel it or wait for its decision");
        }
        return swaps.save(new ShiftSwap(null, null, given.rotaId(), requesterId, shiftId, partnerId, partnerShiftId,
                ShiftSwapStatus.PROPOSED, message, clock.instant(), null, null, null));
    }

    /** The partner accepts a proposed swap: it now waits for a manager. */
    @Transactional
    public ShiftSwap accept(long swapId, long partnerId, Long expectedVersion) {
        return answer(swapId, partnerId, expectedVersion, ShiftSwapStatus.ACCEPTED, null);
    }

    /** The partner declines a proposed swap. */
    @Transactional
    public ShiftSwap decline(long swapId, long partnerId, Long expectedVersion, String note) {
        return answer(swapId, partnerId, expectedVersion, ShiftSwapStatus.DECLINED, note);
    }

    private ShiftSwap answer(long swapId, long partnerId, Long expectedVersion, ShiftSwapStatus answer, String note) {
        ShiftSwap swap = involving(swapId, partnerId, expectedVersion);
        if (swap.partnerEmployeeId() != partnerId) {
            throw new InvalidRequestException("id", "only the partner asked may accept or decline the swap");
        }
        requireStatus(swap, ShiftSwapStatus.PROPOSED);
        return decide(swap, answer, note);
    }

    /** The requester withdraws a swap no manager has decided on yet. */
    @Transactional
    public ShiftSwap cancel(long swapId, long requesterId, Long expectedVersion) {
        ShiftSwap swap = involving(swapId, requesterId, expectedVersion);
        if (swap.requesterEmployeeId() != requesterId) {
            throw new InvalidRequestException("id", "only the employee who proposed the swap may cancel it");
        }
        requireOpen(swap);
        return decide(swap, ShiftSwapStatus.CANCELLED, null);
    }

    /** A manager rejects a swap that is still open. */
    @Transactional
    public ShiftSwap reject(long swapId, Long expectedVersion, String note) {
        ShiftSwap swap = get(swapId, expectedVersion);
        requireOpen(swap);
        return decide(swap, ShiftSwapStatus.REJECTED, note);
    }

    /**
     * A manager approves an accepted swap: each shift goes to the other employee in the rota's draft, pinned so a
     * solve keeps it. Refused (422) when it breaks more hard rules than before, unless the manager acknowledges
     * them, and (409) when the draft no longer gives the shifts to the employees who agreed on them. The staff see
     * the change once the rota is published again.
     */
    @Transactional
    public Approved approve(long swapId, Long expectedVersion, boolean acknowledgeHardViolations, String note) {
        ShiftSwap swap = get(swapId, expectedVersion);
        requireStatus(swap, ShiftSwapStatus.ACCEPTED);
        long rotaId = swap.rotaId();
        solving.requireNotSolving(rotaId);
        Rota rota = rotas.claimEdit(rotaId, rotas.get(rotaId).version());
        RotaShift given = draftShiftHeldBy(rotaId, swap.requesterShiftId(), swap.requesterEmployeeId());
        RotaShift taken = swap.partnerShiftId() == null ? null
                : draftShiftHeldBy(rotaId, swap.partnerShiftId(), swap.partnerEmployeeId());
        requireAsPublished(given);
        if (taken != null) {
            requireAsPublished(taken);
        }
        requireFreeDay(rotaId, swap.partnerEmployeeId(), given, taken);
        if (taken != null) {
            requireFreeDay(rotaId, swap.requesterEmployeeId(), taken, given);
        }
        ScoreAnalysis<HardMediumSoftLongScore> before = analyze(rotaId);
        RotaShift givenAfter = rotas.changeShift(rotaId, given.id(), swap.partnerEmployeeId(),
                given.shiftTemplateId(), true, given.startsAt(), given.endsAt());
        RotaShift takenAfter = taken == null ? null : rotas.changeShift(rotaId, taken.id(),
                swap.requesterEmployeeId(), taken.shiftTemplateId(), true, taken.startsAt(), taken.endsAt());
        ScoreAnalysis<HardMediumSoftLongScore> after = analyze(rotaId);
        String worsened = worsenedHardRules(before, after);
        if (!worsened.isEmpty() && !acknowledgeHardViolations) {
            throw new InvalidRequestException("acknowledgeHardViolations", "the swap breaks hard rules (" + worsened
                    + "; score " + before.score() + " → " + after.score() + "); reject it or acknowledge them");
        }
        ShiftSwap approved = decide(swap, ShiftSwapStatus.APPROVED, note);
        history.record(rotaId, "APPROVE_SWAP", Map.of("swap", swap.id(), "shifts", shifts(given, taken)),
                Map.of("swap", swap.id(), "shifts", shifts(givenAfter, takenAfter)));
        return new Approved(approved, rotas.get(rota.id()), impacts.explain(before, after));
    }

    @Transactional(readOnly = true)
    public ShiftSwap get(long swapId) {
        return swaps.findById(swapId).orElseThrow(() -> new NotFoundException(RESOURCE, swapId));
    }

    /** Swaps the employee proposed or was asked to take part in, newest first. */
    @Transactional(readOnly = true)
    public List<ShiftSwap> involving(long employeeId) {
        return swaps.findInvolving(employeeId);
    }

    /** Swaps in one status, oldest first (e.g. ACCEPTED: waiting for a manager), or all of them newest first. */
    @Transactional(readOnly = true)
    public List<ShiftSwap> all(ShiftSwapStatus status) {
        return status == null ? swaps.findAllByOrderByProposedAtDesc() : swaps.findByStatusOrderByProposedAt(status);
    }

    private PublishedShift publishedShiftOf(long employeeId, long shiftId, String field) {
        PublishedShift shift = published.latestOf(shiftId)
                .filter(candidate -> Objects.equals(candidate.employeeId(), employeeId))
                .orElseThrow(() -> new InvalidRequestException(field, "shift " + shiftId
                        + " is not a published shift of employee " + employeeId));
        if (!shift.startsAt().isAfter(clock.instant())) {
            throw new InvalidRequestException(field, "shift " + shiftId + " has already started");
        }
        return shift;
    }

    /**
     * The one who would receive {@code received} holds its skill and works no other published shift that day
     * ({@code leaving}, the shift they give in exchange, aside): the swap could never be approved otherwise.
     */
    private void requireCanTake(StaffMember receiver, PublishedShift received, PublishedShift leaving, String field) {
        long skillId = templates.get(received.shiftTemplateId()).skillId();
        if (!receiver.skillIds().contains(skillId)) {
            throw new InvalidRequestException(field, "employee " + receiver.id() + " does not hold the skill of shift "
                    + received.shiftId());
        }
        LocalDate date = received.shiftDate();
        published.ofEmployeeStartingBetween(receiver.id(), date.atStartOfDay(zone).toInstant(),
                        date.plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(other -> leaving == null || other.shiftId() != leaving.shiftId())
                .findFirst().ifPresent(other -> {
                    throw new InvalidRequestException(field, "employee " + receiver.id() + " already works shift "
                            + other.shiftId() + " on " + date + "; a rota plans one shift per employee and day");
                });
    }

    private ShiftSwap get(long swapId, Long expectedVersion) {
        ShiftSwap swap = get(swapId);
        StaleVersionException.check(RESOURCE, swapId, expectedVersion, swap.version());
        return swap;
    }

    /** The swap, if the employee is one of its two parties (else it does not exist for them: 404). */
    private ShiftSwap involving(long swapId, long employeeId, Long expectedVersion) {
        ShiftSwap swap = swaps.findById(swapId)
                .filter(found -> found.requesterEmployeeId() == employeeId || found.partnerEmployeeId() == employeeId)
                .orElseThrow(() -> new NotFoundException(RESOURCE, swapId));
        StaleVersionException.check(RESOURCE, swapId, expectedVersion, swap.version());
        return swap;
    }

    /** Records who moved the swap to {@code status}, and when. */
    private ShiftSwap decide(ShiftSwap swap, ShiftSwapStatus status, String note) {
        return swaps.save(swap.decided(status, clock.instant(), currentUser.usernameOrSystem(), note));
    }

    private static void requireStatus(ShiftSwap swap, ShiftSwapStatus expected) {
        if (swap.status() != expected) {
            throw new ConflictException("status", "the swap is " + swap.status() + ", not " + expected);
        }
    }

    private static void requireOpen(ShiftSwap swap) {
        if (!swap.status().isOpen()) {
            throw new ConflictException("status", "the swap is already " + swap.status());
        }
    }

    private RotaShift draftShiftHeldBy(long rotaId, long shiftId, long employeeId) {
        RotaShift shift = rotas.shifts(rotaId).stream().filter(candidate -> candidate.id() == shiftId).findFirst()
                .orElseThrow(() -> new ConflictException("status", "shift " + shiftId
                        + " is no longer in the rota's draft; reject the swap"));
        if (!Objects.equals(shift.employeeId(), employeeId)) {
            throw new ConflictException("status", "the draft gives shift " + shiftId + " to "
                    + (shift.employeeId() == null ? "nobody" : "employee " + shift.employeeId())
                    + " now, not to employee " + employeeId + " who agreed to swap it; reject the swap");
        }
        return shift;
    }

    /** The two agreed on the shifts as published: a shift the draft has re-timed or re-typed since is another one. */
    private void requireAsPublished(RotaShift draft) {
        PublishedShift agreed = published.latestOf(draft.id()).orElseThrow(() -> new ConflictException("status",
                "shift " + draft.id() + " is no longer in the published rota; reject the swap"));
        if (agreed.shiftTemplateId() != draft.shiftTemplateId() || !agreed.startsAt().equals(draft.startsAt())
                || !agreed.endsAt().equals(draft.endsAt())) {
            throw new ConflictException("status", "shift " + draft.id() + " has changed in the draft since it was "
                    + "published (" + draft.startsAt() + "–" + draft.endsAt() + " now); reject the swap");
        }
    }

    /** The model plans one shift per employee and day: the receiver must be free that day, but for {@code leaving}. */
    private void requireFreeDay(long rotaId, long receiverId, RotaShift received, RotaShift leaving) {
        rotas.otherShiftOn(rotaId, receiverId, received.shiftDate(), leaving == null ? null : leaving.id())
                .ifPresent(other -> {
                    throw new ConflictException("status", "employee " + receiverId + " already works shift "
                            + other.id() + " on " + received.shiftDate() + "; a rota plans one shift per employee "
                            + "and day");
                });
        rotas.overlappingShift(rotaId, receiverId, received.startsAt(), received.endsAt(),
                        leaving == null ? Set.of() : Set.of(leaving.id()))
                .ifPresent(other -> {
                    throw new ConflictException("status", "employee " + receiverId + " works shift " + other.id()
                            + " from " + other.startsAt() + " to " + other.endsAt() + ", which shift "
                            + received.id() + " would overlap");
                });
    }

    private ScoreAnalysis<HardMediumSoftLongScore> analyze(long rotaId) {
        return solutionManager.analyze(plans.build(rotaId));
    }

    private static String worsenedHardRules(ScoreAnalysis<HardMediumSoftLongScore> before,
            ScoreAnalysis<HardMediumSoftLongScore> after) {
        return after.constraintMap().entrySet().stream()
                .filter(entry -> {
                    ConstraintAnalysis<HardMediumSoftLongScore> was = before.constraintMap().get(entry.getKey());
                    return entry.getValue().score().hardScore() < (was == null ? 0 : was.score().hardScore());
                })
                .map(entry -> entry.getKey().constraintName())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static List<RotaShift> shifts(RotaShift first, RotaShift second) {
        return second == null ? List.of(first) : List.of(first, second);
    }
}
