package org.permanence.planning.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.permanence.planning.ScoreImpact;
import org.permanence.planning.ShiftSwap;
import org.permanence.planning.ShiftSwapStatus;
import org.permanence.planning.ShiftSwaps;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Shift swaps: employees propose, accept, decline and cancel their own ({@code /api/me/swaps}); managers approve
 * (into the rota's draft) or reject them ({@code /api/swaps}).
 */
@RestController
class ShiftSwapController {

    private final ShiftSwaps swaps;
    private final CurrentUser currentUser;

    ShiftSwapController(ShiftSwaps swaps, CurrentUser currentUser) {
        this.swaps = swaps;
        this.currentUser = currentUser;
    }

    /** {@code partnerShiftId} null: the partner takes the shift over without giving one back. */
    record Proposal(@NotNull Long shiftId, @NotNull Long partnerEmployeeId, Long partnerShiftId,
            @Size(max = 500) String message) {
    }

    record Decision(Long version, @Size(max = 500) String note) {
    }

    record Approval(Long version, Boolean acknowledgeHardViolations, @Size(max = 500) String note) {
    }

    /** The approved swap, the rota's new version (edits and publishing go on from it) and the score impact. */
    record ApprovalResponse(ShiftSwap swap, long rotaVersion, ScoreImpact impact) {
    }

    @GetMapping("/api/me/swaps")
    @PreAuthorize(Access.SIGNED_IN)
    List<ShiftSwap> mine() {
        return swaps.involving(currentUser.linkedEmployeeId());
    }

    @PostMapping("/api/me/swaps")
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<ShiftSwap> propose(@Valid @RequestBody Proposal proposal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(swaps.propose(currentUser.linkedEmployeeId(), proposal.shiftId(),
                proposal.partnerEmployeeId(), proposal.partnerShiftId(), proposal.message()));
    }

    @PostMapping("/api/me/swaps/{id}/accept")
    @PreAuthorize(Access.SIGNED_IN)
    ShiftSwap accept(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return swaps.accept(id, currentUser.linkedEmployeeId(), decision.version());
    }

    @PostMapping("/api/me/swaps/{id}/decline")
    @PreAuthorize(Access.SIGNED_IN)
    ShiftSwap decline(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return swaps.decline(id, currentUser.linkedEmployeeId(), decision.version(), decision.note());
    }

    @PostMapping("/api/me/swaps/{id}/cancel")
    @PreAuthorize(Access.SIGNED_IN)
    ShiftSwap cancel(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return swaps.cancel(id, currentUser.linkedEmployeeId(), decision.version());
    }

    @GetMapping("/api/swaps")
    @PreAuthorize(Access.ROTA_SOLVE_READ)
    List<ShiftSwap> all(@RequestParam(required = false) ShiftSwapStatus status) {
        return swaps.all(status);
    }

    @GetMapping("/api/swaps/{id}")
    @PreAuthorize(Access.ROTA_SOLVE_READ)
    ShiftSwap get(@PathVariable long id) {
        return swaps.get(id);
    }

    @PostMapping("/api/swaps/{id}/approve")
    @PreAuthorize(Access.MANAGING)
    ApprovalResponse approve(@PathVariable long id, @Valid @RequestBody Approval approval) {
        ShiftSwaps.Approved approved = swaps.approve(id, approval.version(),
                Boolean.TRUE.equals(approval.acknowledgeHardViolations()), approval.note());
        return new ApprovalResponse(approved.swap(), approved.rota().version(), approved.impact());
    }

    @PostMapping("/api/swaps/{id}/reject")
    @PreAuthorize(Access.MANAGING)
    ShiftSwap reject(@PathVariable long id, @Valid @RequestBody Decision decision) {
        return swaps.reject(id, decision.version(), decision.note());
    }

}
