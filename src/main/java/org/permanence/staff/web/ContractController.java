package org.permanence.staff.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.security.Access;
import org.permanence.staff.ContractDraft;
import org.permanence.staff.ContractService;
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
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @PreAuthorize(Access.PLANNING_READ)
    PageResponse<ContractResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(contracts.list(page, size), ContractResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.PLANNING_READ)
    ContractResponse get(@PathVariable long id) {
        return ContractResponse.of(contracts.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    ContractResponse create(@Valid @RequestBody ContractDraft draft) {
        return ContractResponse.of(contracts.create(draft));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    ContractResponse update(@PathVariable long id, @Valid @RequestBody ContractDraft draft) {
        return ContractResponse.of(contracts.update(id, draft));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        contracts.delete(id);
    }
}
