package org.permanence.demand.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.demand.ShiftTemplates;
import org.permanence.security.Access;
import org.permanence.system.PageResponse;
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

@RestController
@RequestMapping("/api/shift-templates")
class ShiftTemplateController {

    private final ShiftTemplates templates;

    ShiftTemplateController(ShiftTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize(Access.PLANNING_READ)
    PageResponse<ShiftTemplateResponse> list(@RequestParam(required = false) Long skill,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(templates.page(skill, page, size), ShiftTemplateResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.PLANNING_READ)
    ShiftTemplateResponse get(@PathVariable long id) {
        return ShiftTemplateResponse.of(templates.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    ShiftTemplateResponse create(@Valid @RequestBody ShiftTemplateRequest request) {
        return ShiftTemplateResponse.of(templates.create(request.toDraft()));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    ShiftTemplateResponse update(@PathVariable long id, @Valid @RequestBody ShiftTemplateRequest request) {
        return ShiftTemplateResponse.of(templates.update(id, request.toDraft(), request.version()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        templates.delete(id);
    }
}
