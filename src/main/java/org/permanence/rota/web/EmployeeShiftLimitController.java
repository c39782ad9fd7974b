package org.permanence.rota.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.permanence.rota.EmployeeTemplateLimits;
import org.permanence.rota.EmployeeTemplateLimits.Limits;
import org.permanence.rota.EmployeeTemplateLimits.TemplateLimit;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** An employee's maxima of shifts per template over a rota period. */
@RestController
@RequestMapping("/api/employees/{id}/shift-limits")
class EmployeeShiftLimitController {

    private final EmployeeTemplateLimits limits;
    private final CurrentUser currentUser;

    EmployeeShiftLimitController(EmployeeTemplateLimits limits, CurrentUser currentUser) {
        this.limits = limits;
        this.currentUser = currentUser;
    }

    /** Planning roles and HR read anyone's; an EMPLOYEE reads their own. */
    @GetMapping
    @PreAuthorize(Access.SIGNED_IN)
    Limits get(@PathVariable long id) {
        currentUser.checkMayRead(id);
        return limits.of(id);
    }

    /** The whole list, and the version read. */
    record LimitsRequest(Long version, @NotNull List<TemplateLimit> limits) {
    }

    /** Replaces the whole list ({@code "limits": []} removes every limit), from the version read. */
    @PutMapping
    @PreAuthorize(Access.PLANNING_WRITE)
    Limits replace(@PathVariable long id, @Valid @RequestBody LimitsRequest body) {
        return limits.replace(id, body.version(), body.limits());
    }
}
