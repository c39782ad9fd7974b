package org.permanence.planning.web;

import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplates;
import org.permanence.planning.PlanningProperties;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.PublishedShifts;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One employee's published shifts (the latest published version of each rota), as the API shows them and as an
 * iCalendar feed, whether the employee signed in or their calendar application followed a secret link.
 */
@Component
class PublishedShiftViews {

    record MyShift(long rotaId, long shiftId, long employeeId, int version, LocalDate date, String shiftCode,
            String shiftName, Instant start, Instant end) {
    }

    private final PublishedShifts published;
    private final ShiftTemplates templates;
    private final HelplineProperties helpline;
    private final PlanningProperties planning;
    private final Clock clock;

    PublishedShiftViews(PublishedShifts published, ShiftTemplates templates, HelplineProperties helpline,
            PlanningProperties planning, Clock clock) {
        this.published = published;
        this.templates = templates;
        this.helpline = helpline;
        this.planning = planning;
        this.clock = clock;
    }

    /** Shifts starting on the local dates from..to (inclusive); {@code to} before {@code from} is a 422. */
    List<MyShift> of(long employeeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "must not be before from");
        }
        Map<Long, ShiftTemplate> byId = templatesById();
        Instant start = from.atStartOfDay(helpline.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(helpline.zone()).toInstant();
        return published.ofEmployeeStartingBetween(employeeId, start, end).stream()
                .map(shift -> view(shift, byId.get(shift.shiftTemplateId()))).toList();
    }

    /**
     * The shifts as an iCalendar document; without {@code from} or {@code to} it reaches from
     * {@code calendar-feed-past} before today to {@code calendar-feed-ahead} after it.
     */
    ResponseEntity<String> calendar(long employeeId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(helpline.zone()));
        List<ShiftCalendar.Event> events = of(employeeId,
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

    Map<Long, ShiftTemplate> templatesById() {
        return templates.all().stream().collect(Collectors.toMap(ShiftTemplate::id, Function.identity()));
    }

    private static MyShift view(PublishedShift shift, ShiftTemplate template) {
        return new MyShift(shift.rotaId(), shift.shiftId(), shift.employeeId(), shift.versionNumber(),
                shift.shiftDate(), template.code(), template.name(), shift.startsAt(), shift.endsAt());
    }
}
