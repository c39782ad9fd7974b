package org.permanence.rota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaSolveResults;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.RotaSolveResults.LastSolve;
import org.permanence.rota.RotaStatus;
import org.permanence.rota.Rotas;
import org.permanence.security.Access;
import org.permanence.system.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/rotas")
class RotaController {

    private final Rotas rotas;
    private final RotaSolveResults solveResults;
    private final RotaSolving solving;

    RotaController(Rotas rotas, RotaSolveResults solveResults, RotaSolving solving) {
        this.rotas = rotas;
        this.solveResults = solveResults;
        this.solving = solving;
    }

    @GetMapping
    @PreAuthorize(Access.PLANNING_READ)
    PageResponse<RotaResponse> list(@RequestParam(required = false) RotaStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Page<Rota> rotaPage = rotas.page(status, page, size);
        Map<Long, LastSolve> lastSolves = solveResults.last(rotaPage.map(Rota::id).getContent());
        return PageResponse.of(rotaPage, rota -> RotaResponse.of(rota, lastSolves.get(rota.id())));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.PLANNING_READ)
    RotaResponse get(@PathVariable long id) {
        return RotaResponse.of(rotas.get(id), solveResults.last(id).orElse(null));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    RotaResponse create(@Valid @RequestBody RotaRequest request) {
        return RotaResponse.of(rotas.create(request.name(), request.firstDate(), request.lastDate()));
    }

    @PutMapping("/{id}")
    @Transactional
    @PreAuthorize(Access.PLANNING_WRITE)
    RotaResponse update(@PathVariable long id, @Valid @RequestBody RotaRequest request) {
        Rota updated = rotas.update(id, request.name(), request.firstDate(), request.lastDate(), request.version());
        // checked last, with the rota locked: the rota's periods are locked before it, as publishing does
        solving.requireNotSolving(id);
        return RotaResponse.of(updated, solveResults.last(id).orElse(null));
    }

    @DeleteMapping("/{id}")
    @Transactional
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        solving.requireNotSolving(id);
        rotas.delete(id);
    }

    @GetMapping("/{id}/shifts")
    @PreAuthorize(Access.PLANNING_READ)
    List<RotaShiftResponse> shifts(@PathVariable long id) {
        return rotas.shifts(id).stream().map(RotaShiftResponse::of).toList();
    }
}
