package org.permanence.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.permanence.planning.RotaEdits;
import org.permanence.rota.Rota;
import org.permanence.rota.Rotas;
import org.permanence.security.Access;
import org.permanence.system.FieldError;
import org.permanence.system.StaleVersionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Map;

/** Manual edits of a rota's draft shifts, each answered with its score impact. */
@RestController
@RequestMapping("/api/rotas/{id}/shifts")
class RotaEditController {

    private final RotaEdits edits;
    private final Rotas rotas;

    RotaEditController(RotaEdits edits, Rotas rotas) {
        this.edits = edits;
        this.rotas = rotas;
    }

    @PatchMapping("/{shiftId}")
    @PreAuthorize(Access.PLANNING_WRITE)
    EditResponse change(@PathVariable long id, @PathVariable long shiftId,
            @RequestBody EditRequests.ChangeShift request) {
        return EditResponse.of(edits.change(id, shiftId, request.version(), new RotaEdits.ShiftChange(
                request.employeeId(), Boolean.TRUE.equals(request.unassign()), request.shiftTemplateId(),
                request.pinned(), request.start(), request.end())));
    }

    @PostMapping
    @PreAuthorize(Access.PLANNING_WRITE)
    ResponseEntity<EditResponse> add(@PathVariable long id, @Valid @RequestBody EditRequests.AddShift request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(EditResponse.of(edits.add(id, request.version(),
                request.employeeId(), request.shiftTemplateId(), request.date(),
                Boolean.TRUE.equals(request.pinned()))));
    }

    @DeleteMapping("/{shiftId}")
    @PreAuthorize(Access.PLANNING_WRITE)
    EditResponse delete(@PathVariable long id, @PathVariable long shiftId,
            @RequestParam(required = false) Long version) {
        return EditResponse.of(edits.delete(id, shiftId, version));
    }

    @GetMapping("/{shiftId}/candidates")
    @PreAuthorize(Access.PLANNING_WRITE)
    List<RotaEdits.Candidate> candidates(@PathVariable long id, @PathVariable long shiftId) {
        return edits.candidates(id, shiftId);
    }

    /**
     * An edit from an old version, or one that lost the race against a concurrent edit: 409 with the rota's
     * current version and shifts, read after the refused edit was rolled back, so the client can redo it.
     */
    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class,
            DbActionExecutionException.class})
    ProblemDetail staleVersion(RuntimeException e, HttpServletRequest request) {
        if (e instanceof DbActionExecutionException && !(e.getCause() instanceof OptimisticLockingFailureException)) {
            ProblemDetail conflict = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The edit clashes with stored data: " + e.getCause().getMessage());
            conflict.setTitle("Conflict");
            return conflict;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        long rotaId = Long.parseLong(path.get("id"));
        Rota current = rotas.get(rotaId);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Rota " + rotaId
                + " was changed meanwhile; current version is " + current.version() + ". Redo the edit on it.");
        problem.setTitle("Stale version");
        problem.setProperty("errors", List.of(new FieldError("version",
                "is not the current version " + current.version())));
        problem.setProperty("currentVersion", current.version());
        problem.setProperty("currentShifts", rotas.shifts(rotaId).stream().map(ShiftView::of).toList());
        return problem;
    }
}
