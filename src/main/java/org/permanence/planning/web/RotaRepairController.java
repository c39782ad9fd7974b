package org.permanence.planning.web;

import org.permanence.planning.RotaChange;
import org.permanence.planning.RotaHistory;
import org.permanence.planning.RotaRepairs;
import org.permanence.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Repair of a published rota after availability changed, and the audit history of a rota. */
@RestController
@RequestMapping("/api/rotas/{id}")
class RotaRepairController {

    private final RotaRepairs repairs;
    private final RotaHistory history;

    RotaRepairController(RotaRepairs repairs, RotaHistory history) {
        this.repairs = repairs;
        this.history = history;
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
