package org.permanence.rota.web;

import org.permanence.rota.EmployeeTemplateLimits;
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
    List<TemplateLimit> get(@PathVariable long id) {
        currentUser.checkMayRead(id);
        return limits.of(id);
    }

    /** Replaces the whole list; {@code []} removes every limit. */
    @PutMapping
    @PreAuthorize(Access.PLANNING_WRITE)
    List<TemplateLimit> replace(@PathVariable long id, @RequestBody List<TemplateLimit> body) {
        return limits.replace(id, body);
    }
}
