package org.permanence.payroll.web;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.permanence.payroll.ImportResult;
import org.permanence.payroll.TimeEntries;
import org.permanence.payroll.TimeEntry;
import org.permanence.payroll.TimeEntryDraft;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
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
@RequestMapping("/api/time-entries")
class TimeEntryController {

    private final TimeEntries entries;
    private final CurrentUser currentUser;

    TimeEntryController(TimeEntries entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    /**
     * Entries by start, optionally of one employee and overlapping one calendar month ({@code yyyy-MM}). Planning
     * roles and HR list anyone's; an EMPLOYEE lists only their own, which is also their default.
     */
    @GetMapping
    @PreAuthorize(Access.SIGNED_IN)
    PageResponse<TimeEntry> list(
            @RequestParam(required = false) Long employeeId,
            @RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Long employee = currentUser.readableEmployee(employeeId);
        return PageResponse.of(entries.search(employee, month, page, size), entry -> entry);
    }

    /** Creates the month's entries "as planned" from the published rotas; running it again creates nothing new. */
    @PostMapping("/from-published")
    @PreAuthorize(Access.TIME_ENTRY_WRITE)
    ImportResult importPublished(@RequestParam YearMonth month) {
        return entries.importPublished(month);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.SIGNED_IN)
    TimeEntry get(@PathVariable long id) {
        TimeEntry entry = entries.get(id);
        currentUser.checkMayRead(entry.employeeId());
        return entry;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.TIME_ENTRY_WRITE)
    TimeEntry create(@Valid @RequestBody TimeEntryDraft draft) {
        return entries.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.TIME_ENTRY_WRITE)
    TimeEntry update(@PathVariable long id, @Valid @RequestBody TimeEntryDraft draft) {
        return entries.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.TIME_ENTRY_WRITE)
    void delete(@PathVariable long id) {
        entries.delete(id);
    }
}
