package org.permanence.planning.web;

import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.PlanningProperties;
import org.permanence.planning.PublishedShifts;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The signed-in employee's own published shifts (latest published version of each rota), as JSON or as an
 * iCalendar feed a calendar application can subscribe to.
 */
@RestController
class MyShiftsController {

    private final PublishedShifts published;
    private final ShiftTemplates templates;
    private final CurrentUser currentUser;
    private final HelplineProperties helpline;
    private final PlanningProperties planning;
    private final Clock clock;

    MyShiftsController(PublishedShifts published, ShiftTemplates templates, CurrentUser currentUser,
            HelplineProperties helpline, PlanningProperties planning, Clock clock) {
        this.published = published;
        this.templates = templates;
        this.currentUser = currentUser;
        this.helpline = helpline;
        this.planning = planning;
        this.clock = clock;
    }

    record MyShift(long rotaId, long employeeId, int version, LocalDate date, String shiftCode, String shiftName,
            Instant start, Instant end) {
    }

    /** Shifts starting on the local dates from..to (inclusive). */
    @GetMapping("/api/me/shifts")
    @PreAuthorize(Access.SIGNED_IN)
    List<MyShift> myShifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return shiftsOfSignedInEmployee(from, to);
    }

    /**
     * The same shifts as an iCalendar document; without {@code from} or {@code to} it reaches from
     * {@code calendar-feed-past} before today to {@code calendar-feed-ahead} after it.
     */
    @GetMapping(value = "/api/me/shifts.ics", produces = "text/calendar")
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<String> myShiftsCalendar(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(helpline.zone()));
        List<ShiftCalendar.Event> events = shiftsOfSignedInEmployee(
                from == null ? today.minus(planning.calendarFeedPast()) : from,
                to == null ? today.plus(planning.calendarFeedAhead()) : to).stream()
                .map(shift -> new ShiftCalendar.Event(shift.rotaId(), shift.employeeId(), shift.version(),
                        shift.date().toString(), shift.start(), shift.end(),
                        shift.shiftName() + " (" + shift.shiftCode() + ")"))
                .toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"shifts.ics\"")
                .body(ShiftCalendar.of("Permanence shifts", events, clock.instant()));
    }

    private List<MyShift> shiftsOfSignedInEmployee(LocalDate from, LocalDate to) {
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
        return new MyShift(shift.rotaId(), shift.employeeId(), shift.versionNumber(), shift.shiftDate(),
                template.code(), template.name(), shift.startsAt(), shift.endsAt());
    }
}
