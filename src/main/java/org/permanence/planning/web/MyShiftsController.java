package org.permanence.planning.web;

import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.planning.PlanningProperties;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.PublishedShifts;
import org.permanence.planning.ShiftChanges;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
    private final ShiftChanges changes;
    private final ShiftTemplates templates;
    private final CurrentUser currentUser;
    private final HelplineProperties helpline;
    private final PlanningProperties planning;
    private final Clock clock;

    MyShiftsController(PublishedShifts published, ShiftChanges changes, ShiftTemplates templates,
            CurrentUser currentUser, HelplineProperties helpline, PlanningProperties planning, Clock clock) {
        this.published = published;
        this.changes = changes;
        this.templates = templates;
        this.currentUser = currentUser;
        this.helpline = helpline;
        this.planning = planning;
        this.clock = clock;
    }

    record MyShift(long rotaId, long shiftId, long employeeId, int version, LocalDate date, String shiftCode,
            String shiftName, Instant start, Instant end) {
    }

    record ShiftView(String shiftCode, String shiftName, Instant start, Instant end) {
    }

    /** The shift of {@code date} before and after a re-publication; null where there was or is none. */
    record MyShiftChange(long rotaId, int version, Instant publishedAt, String comment, LocalDate date,
            ShiftView before, ShiftView after) {
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

    /**
     * What re-publications since {@code since} (default: {@code calendar-feed-past} ago) changed in the signed-in
     * employee's shifts, oldest first: the shifts they had been told of that moved, appeared or went.
     */
    @GetMapping("/api/me/shift-changes")
    @PreAuthorize(Access.SIGNED_IN)
    List<MyShiftChange> myShiftChanges(@RequestParam(required = false) Instant since) {
        long employeeId = currentUser.linkedEmployeeId();
        Instant from = since != null ? since
                : ZonedDateTime.now(clock.withZone(helpline.zone())).minus(planning.calendarFeedPast()).toInstant();
        Map<Long, ShiftTemplate> byId = templatesById();
        return changes.ofEmployeeSince(employeeId, from).stream()
                .map(change -> new MyShiftChange(change.rotaId(), change.version(), change.publishedAt(),
                        change.comment(), change.date(), shiftView(change.before(), byId),
                        shiftView(change.after(), byId)))
                .toList();
    }

    private static ShiftView shiftView(PublishedShift shift, Map<Long, ShiftTemplate> templatesById) {
        if (shift == null) {
            return null;
        }
        ShiftTemplate template = templatesById.get(shift.shiftTemplateId());
        return new ShiftView(template.code(), template.name(), shift.startsAt(), shift.endsAt());
    }


    private Map<Long, ShiftTemplate> templatesById() {
        return templates.all().stream().collect(Collectors.toMap(ShiftTemplate::id, Function.identity()));
    }

    private List<MyShift> shiftsOfSignedInEmployee(LocalDate from, LocalDate to) {
        long employeeId = currentUser.linkedEmployeeId();
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        Map<Long, ShiftTemplate> byId = templatesById();
        Instant start = from.atStartOfDay(helpline.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(helpline.zone()).toInstant();
        return published.ofEmployeeStartingBetween(employeeId, start, end).stream()
                .map(shift -> toView(shift, byId.get(shift.shiftTemplateId()))).toList();
    }

    private static MyShift toView(PublishedShift shift, ShiftTemplate template) {
        return new MyShift(shift.rotaId(), shift.shiftId(), shift.employeeId(), shift.versionNumber(),
                shift.shiftDate(), template.code(), template.name(), shift.startsAt(), shift.endsAt());
    }
}
