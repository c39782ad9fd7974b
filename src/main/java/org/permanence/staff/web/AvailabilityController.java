package org.permanence.staff.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.staff.Availability;
import org.permanence.staff.AvailabilityDraft;
import org.permanence.staff.AvailabilityKind;
import org.permanence.staff.AvailabilityService;
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
@RequestMapping("/api/availability")
class AvailabilityController {

    private final AvailabilityService availability;
    private final CurrentUser currentUser;

    AvailabilityController(AvailabilityService availability, CurrentUser currentUser) {
        this.availability = availability;
        this.currentUser = currentUser;
    }

    /**
     * Ranges overlapping [from, to). Planning roles and HR list anyone's; an EMPLOYEE lists their own, which is
     * also the default when they give no {@code employeeId}.
     */
    @GetMapping
    @PreAuthorize(Access.SIGNED_IN)
    PageResponse<Availability> list(
            @RequestParam(required = false) Long employeeId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) AvailabilityKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Long employee = currentUser.readableEmployee(employeeId);
        return PageResponse.of(availability.search(employee, from, to, kind, page, size), range -> range);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    Availability get(@PathVariable long id) {
        Availability range = availability.get(id);
        currentUser.checkMayRead(range.employeeId());
        return range;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PLANNING_WRITE)
    Availability create(@Valid @RequestBody AvailabilityDraft draft) {
        return availability.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PLANNING_WRITE)
    Availability update(@PathVariable long id, @Valid @RequestBody AvailabilityDraft draft) {
        return availability.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.PLANNING_WRITE)
    void delete(@PathVariable long id) {
        availability.delete(id);
    }
}
