package org.permanence.staff.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.staff.EmployeeDraft;
import org.permanence.staff.EmployeeService;
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
@RequestMapping("/api/employees")
class EmployeeController {

    private final EmployeeService employees;
    private final CurrentUser currentUser;

    EmployeeController(EmployeeService employees, CurrentUser currentUser) {
        this.employees = employees;
        this.currentUser = currentUser;
    }

    @GetMapping
    @PreAuthorize(Access.PLANNING_READ)
    PageResponse<EmployeeResponse> list(
            @RequestParam(required = false) Long skillId,
            @RequestParam(required = false) Long contractId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) LocalDate activeOn,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(employees.search(skillId, contractId, name, activeOn, page, size), EmployeeResponse::of);
    }

    /** Planning roles and HR read anyone; an EMPLOYEE reads only their own record. */
    @GetMapping("/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    EmployeeResponse get(@PathVariable long id) {
        currentUser.checkMayRead(id);
        return EmployeeResponse.of(employees.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    EmployeeResponse create(@Valid @RequestBody EmployeeDraft draft) {
        return EmployeeResponse.of(employees.create(draft));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    EmployeeResponse update(@PathVariable long id, @Valid @RequestBody EmployeeDraft draft) {
        return EmployeeResponse.of(employees.update(id, draft));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        employees.delete(id);
    }
}
