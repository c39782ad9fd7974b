package org.permanence.planning.web;

import org.permanence.demand.ShiftTemplate;
import org.permanence.planning.PlanningProperties;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.ShiftChanges;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.permanence.system.HelplineProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * The signed-in employee's own published shifts (latest published version of each rota), as JSON or as an
 * iCalendar feed a calendar application can subscribe to.
 */
@RestController
class MyShiftsController {

    private final PublishedShiftViews shiftViews;
    private final ShiftChanges changes;
    private final CurrentUser currentUser;
    private final HelplineProperties helpline;
    private final PlanningProperties planning;
    private final Clock clock;

    MyShiftsController(PublishedShiftViews shiftViews, ShiftChanges changes, CurrentUser currentUser,
            HelplineProperties helpline, PlanningProperties planning, Clock clock) {
        this.shiftViews = shiftViews;
        this.changes = changes;
        this.currentUser = currentUser;
        this.helpline = helpline;
        this.planning = planning;
        this.clock = clock;
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
    List<PublishedShiftViews.MyShift> myShifts(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return shiftViews.of(currentUser.linkedEmployeeId(), from, to);
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
        return shiftViews.calendar(currentUser.linkedEmployeeId(), from, to);
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
        Map<Long, ShiftTemplate> byId = shiftViews.templatesById();
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
}
