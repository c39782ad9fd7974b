package org.permanence.planning.web;

import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.PublishedShifts;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The signed-in employee's own published shifts (latest published version of each rota). */
@RestController
class MyShiftsController {

    private final PublishedShifts published;
    private final ShiftTemplates templates;
    private final CurrentUser currentUser;
    private final HelplineProperties helpline;

    MyShiftsController(PublishedShifts published, ShiftTemplates templates, CurrentUser currentUser,
            HelplineProperties helpline) {
        this.published = published;
        this.templates = templates;
        this.currentUser = currentUser;
        this.helpline = helpline;
    }

    record MyShift(long rotaId, int version, LocalDate date, String shiftCode, String shiftName, Instant start,
            Instant end) {
    }

    /** Shifts starting on the local dates from..to (inclusive). */
    @GetMapping("/api/me/shifts")
    @PreAuthorize(Access.SIGNED_IN)
    List<MyShift> myShifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        long employeeId = currentUser.employeeId()
                .orElseThrow(() -> new AccessDeniedException("This account is not linked to an employee"));
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        Map<Long, ShiftTemplate> byId = templates.all().stream()
                .collect(Collectors.toMap(ShiftTemplate::id, Function.identity()));
        Instant start = from.atStartOfDay(helpline.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(helpline.zone()).toInstant();
        return published.ofEmployeeStartingBetween(employeeId, start, end).stream()
                .map(shift -> toView(shift, byId.get(shift.shiftTemplateId()))).toList();
    }

    private static MyShift toView(PublishedShift shift, ShiftTemplate template) {
        return new MyShift(shift.rotaId(), shift.versionNumber(), shift.shiftDate(), template.code(),
                template.name(), shift.startsAt(), shift.endsAt());
    }
}
