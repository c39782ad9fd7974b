package org.permanence.planning.web;

import org.permanence.planning.RotaChange;
import org.permanence.planning.RotaHistory;
import org.permanence.planning.RotaRepairs;
import jakarta.validation.Valid;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.SolveSettings;
import org.permanence.rota.web.SolveJobResponse;
import org.permanence.rota.web.SolveRequest;
import org.permanence.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Repair of a published rota after availability changed, and the audit history of a rota. */
@RestController
@RequestMapping("/api/rotas/{id}")
class RotaRepairController {

    private final RotaRepairs repairs;
    private final RotaHistory history;
    private final RotaSolving solving;

    RotaRepairController(RotaRepairs repairs, RotaHistory history, RotaSolving solving) {
        this.repairs = repairs;
        this.history = history;
        this.solving = solving;
    }

    /**
     * {@code POST /api/rotas/{id}/solve?mode=repair}: a background solve like {@code mode=full} (same status, events
     * and stop endpoints), where each employee-day that differs from the latest published version costs
     * {@code permanence.planning.repair-change-weight}, so only the shifts that must move, move.
     */
    @PostMapping(path = "/solve", params = "mode=repair")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(Access.ROTA_SOLVE)
    SolveJobResponse solveRepair(@PathVariable long id, @Valid @RequestBody(required = false) SolveRequest request) {
        SolveSettings settings = request == null ? SolveSettings.defaults() : request.settings();
        return SolveJobResponse.of(solving.start(id, "repair", settings, repairs.repairPreparation(id), repairs::restore));
    }

    /** Solves the draft again, in the request, against the latest published version (budget: settings). */
    @PostMapping("/repair")
    @PreAuthorize(Access.PLANNING_WRITE)
    RotaRepairs.Repair repair(@PathVariable long id) {
        return repairs.repair(id);
    }

    @GetMapping("/history")
    @PreAuthorize(Access.MANAGING)
    List<RotaChange> history(@PathVariable long id) {
        return history.of(id);
    }
}
