package org.permanence.payroll.web;

import java.util.List;

import jakarta.validation.Valid;
import org.permanence.payroll.RuleSetDraft;
import org.permanence.payroll.RuleSets;
import org.permanence.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/payroll/rule-sets")
class RuleSetController {

    private final RuleSets ruleSets;

    RuleSetController(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping
    @PreAuthorize(Access.PAYROLL_READ)
    List<RuleSetResponse> list() {
        return ruleSets.list().stream().map(RuleSetResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.PAYROLL_READ)
    RuleSetResponse get(@PathVariable long id) {
        return RuleSetResponse.of(ruleSets.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.PAYROLL_ADMIN)
    RuleSetResponse create(@Valid @RequestBody RuleSetDraft draft) {
        return RuleSetResponse.of(ruleSets.create(draft));
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.PAYROLL_ADMIN)
    RuleSetResponse update(@PathVariable long id, @Valid @RequestBody RuleSetDraft draft) {
        return RuleSetResponse.of(ruleSets.update(id, draft));
    }

    /** Makes this the rule set that applies to the helpline (every other one becomes inactive). */
    @PostMapping("/{id}/activate")
    @PreAuthorize(Access.PAYROLL_ADMIN)
    RuleSetResponse activate(@PathVariable long id) {
        return RuleSetResponse.of(ruleSets.activate(id));
    }
}
