package org.permanence.rota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.rota.EmployeeShiftRequest;
import org.permanence.rota.ShiftRequestDraft;
import org.permanence.rota.ShiftRequests;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.security.Role;
import org.permanence.system.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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

import java.time.LocalDate;

/**
 * Shift requests. Planning roles write anyone's, HR reads; an EMPLOYEE creates, reads and deletes their own (a
 * planner changes them).
 */
@RestController
@RequestMapping("/api/shift-requests")
class ShiftRequestController {

    private final ShiftRequests requests;
    private final CurrentUser currentUser;

    ShiftRequestController(ShiftRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    /** Requests dated from..to; an EMPLOYEE lists their own, which is also the default when they give no employeeId. */
    @GetMapping
    @PreAuthorize(Access.SIGNED_IN)
    PageResponse<EmployeeShiftRequest> list(
            @RequestParam(required = false) Long employeeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Long employee = currentUser.readableEmployee(employeeId);
        return PageResponse.of(requests.search(employee, from, to, page, size), request -> request);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    EmployeeShiftRequest get(@PathVariable long id) {
        EmployeeShiftRequest request = requests.get(id);
        currentUser.checkMayRead(request.employeeId());
        return request;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.SIGNED_IN)
    EmployeeShiftRequest create(@Valid @RequestBody ShiftRequestDraft draft) {
        checkMayWriteOwn(draft.employeeId());
        return requests.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    EmployeeShiftRequest update(@PathVariable long id, @Valid @RequestBody ShiftRequestDraft draft) {
        return requests.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.SIGNED_IN)
    void delete(@PathVariable long id) {
        checkMayWriteOwn(requests.get(id).employeeId());
        requests.delete(id);
    }

    private void checkMayWriteOwn(Long employeeId) {
        boolean planner = currentUser.hasAnyRole(Role.ADMIN, Role.PLANNER, Role.MANAGER);
        boolean self = currentUser.hasAnyRole(Role.EMPLOYEE) && currentUser.isEmployee(employeeId);
        if (!planner && !self) {
            throw new AccessDeniedException("You may only create or delete your own shift requests");
        }
    }
}
