package org.permanence.payroll;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.time.YearMonth;
import java.time.ZoneId;

import org.permanence.payroll.rules.HourClassifier;
import org.permanence.planning.PublishedShift;
import org.permanence.planning.PublishedShifts;
import org.permanence.staff.StaffDirectory;
import org.permanence.staff.StaffMember;
import org.permanence.system.ConflictException;
import org.permanence.system.HelplineProperties;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employees' actual time: entries imported from published shifts, adjusted, replaced by absences, or added by hand.
 * An employee's entries never overlap, lie within their employment, and do not change in a closed month.
 */
@Service
public class TimeEntries {

    private static final String RESOURCE = "Time entry";

    private final TimeEntryRepository entries;
    private final JdbcAggregateTemplate aggregates;
    private final StaffDirectory staff;
    private final PayrollMonths months;
    private final PublishedShifts publishedShifts;
    private final TimeEntryProperties limits;
    private final ZoneId zone;

    TimeEntries(TimeEntryRepository entries, JdbcAggregateTemplate aggregates, StaffDirectory staff,
            PayrollMonths months, PublishedShifts publishedShifts, TimeEntryProperties limits,
            HelplineProperties helpline) {
        this.entries = entries;
        this.aggregates = aggregates;
        this.staff = staff;
        this.months = months;
        this.publishedShifts = publishedShifts;
        this.limits = limits;
        this.zone = helpline.zone();
    }

    /** Entries matching the filters (null ones ignored); {@code month} keeps those overlapping its calendar days. */
    @Transactional(readOnly = true)
    public Page<TimeEntry> search(Long employeeId, YearMonth month, int page, int size) {
        Criteria criteria = Criteria.empty();
        if (employeeId != null) {
            criteria = criteria.and("employeeId").is(employeeId);
        }
        if (month != null) {
            criteria = criteria.and("end").greaterThan(month.atDay(1).atStartOfDay(zone).toInstant())
                    .and("start").lessThan(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
        return aggregates.findAll(Query.query(criteria), TimeEntry.class,
                PageRequest.of(page, size, Sort.by("start", "employeeId", "id")));
    }

    @Transactional(readOnly = true)
    public TimeEntry get(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    /** Extra work or an absence entered by hand: status ADDED. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TimeEntry create(TimeEntryDraft draft) {
        validate(draft);
        months.beforeEntryChange("a time entry was added", draft.employeeId(), window(draft));
        requireNoOverlap(null, draft);
        return entries.save(new TimeEntry(null, null, draft.employeeId(), draft.start(), draft.end(), draft.kind(),
                draft.absenceKind(), TimeEntryStatus.ADDED, null, null, null, null, null, draft.note()));
    }

    /**
     * Changes an entry. One imported from a published shift becomes CONFIRMED when saved as planned (worked, same
     * times) and ADJUSTED otherwise; an entry added by hand stays ADDED.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public TimeEntry update(long id, TimeEntryDraft draft) {
        TimeEntry current = get(id);
        StaleVersionException.check(RESOURCE, id, draft.version(), current.version());
        validate(draft);
        if (!draft.employeeId().equals(current.employeeId()) && current.publishedShiftId() != null) {
            throw new InvalidRequestException("employeeId",
                    "an entry imported from a published shift stays with its employee");
        }
        months.beforeEntryChange("time entry " + id + " was changed", current.employeeId(),
                new HourClassifier.TimeWindow(current.start(), current.end()), window(draft));
        requireNoOverlap(id, draft);
        TimeEntryStatus status = TimeEntryStatus.ADDED;
        if (current.publishedShiftId() != null) {
            boolean asPlanned = draft.kind() == TimeEntryKind.WORKED && draft.start().equals(current.plannedStart())
                    && draft.end().equals(current.plannedEnd());
            status = asPlanned ? TimeEntryStatus.CONFIRMED : TimeEntryStatus.ADJUSTED;
        }
        return entries.save(new TimeEntry(id, draft.version(), draft.employeeId(), draft.start(), draft.end(),
                draft.kind(), draft.absenceKind(), status, current.rotaId(), current.rotaVersion(),
                current.publishedShiftId(), current.plannedStart(), current.plannedEnd(), draft.note()));
    }

    /**
     * Creates one WORKED entry "as planned" (status PLANNED) for each published shift starting in the month's
     * calendar days or in the whole civil weeks of its pay period that has no entry yet. Idempotent: a shift already
     * imported is left alone (even if a later published version moved it). A shift is skipped, with the reason, when
     * it overlaps an entry of its employee, falls outside their employment, or touches a closed month.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportResult importPublished(YearMonth month) {
        HourClassifier.TimeWindow window = months.importWindow(month);
        List<PublishedShift> shifts = publishedShifts.startingBetween(window.start(), window.end());
        Set<Long> imported = shifts.isEmpty() ? Set.of()
                : new HashSet<>(entries.findImportedShiftIds(shifts.stream().map(PublishedShift::shiftId).toList()));
        int created = 0;
        int alreadyImported = 0;
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        for (PublishedShift shift : shifts) {
            if (imported.contains(shift.shiftId())) {
                alreadyImported++;
                continue;
            }
            TimeEntryDraft draft = new TimeEntryDraft(shift.employeeId(), shift.startsAt(), shift.endsAt(),
                    TimeEntryKind.WORKED, null, null, null);
            try {
                validate(draft);
                // Checked before the months too: a skipped shift must not unconfirm a month, and this transaction
                // goes on after a skip, so the month's change would stay.
                requireNoOverlap(null, draft);
                months.beforeEntryChange("published shifts were imported", draft.employeeId(), window(draft));
                requireNoOverlap(null, draft);
            } catch (ConflictException | InvalidRequestException refused) {
                skipped.add(new ImportResult.Skipped(shift.shiftId(), shift.employeeId(), refused.getMessage()));
                continue;
            }
            entries.save(new TimeEntry(null, null, shift.employeeId(), shift.startsAt(), shift.endsAt(),
                    TimeEntryKind.WORKED, null, TimeEntryStatus.PLANNED, shift.rotaId(), shift.versionNumber(),
                    shift.shiftId(), shift.startsAt(), shift.endsAt(), null));
            created++;
        }
        return new ImportResult(month, created, alreadyImported, skipped);
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void delete(long id) {
        TimeEntry current = get(id);
        months.beforeEntryChange("time entry " + id + " was deleted", current.employeeId(),
                new HourClassifier.TimeWindow(current.start(), current.end()));
        entries.deleteById(id);
    }

    private static HourClassifier.TimeWindow window(TimeEntryDraft draft) {
        return new HourClassifier.TimeWindow(draft.start(), draft.end());
    }

    private void validate(TimeEntryDraft draft) {
        StaffMember employee = staff.employee(draft.employeeId()).orElseThrow(() ->
                new InvalidRequestException("employeeId", "employee " + draft.employeeId() + " does not exist"));
        requireWholeMinute("start", draft.start());
        requireWholeMinute("end", draft.end());
        if (!draft.end().isAfter(draft.start())) {
            throw new InvalidRequestException("end", "must be after start");
        }
        boolean worked = draft.kind() == TimeEntryKind.WORKED;
        Duration longest = worked ? limits.maxWorkedLength() : limits.maxAbsenceLength();
        if (Duration.between(draft.start(), draft.end()).compareTo(longest) > 0) {
            throw new InvalidRequestException("end", "must be at most " + hours(longest) + " after start for "
                    + draft.kind() + " time (permanence.time-entries."
                    + (worked ? "max-worked-length" : "max-absence-length") + ")");
        }
        if (draft.kind() == TimeEntryKind.ABSENCE && draft.absenceKind() == null) {
            throw new InvalidRequestException("absenceKind", "is required when kind is ABSENCE");
        }
        if (draft.kind() == TimeEntryKind.WORKED && draft.absenceKind() != null) {
            throw new InvalidRequestException("absenceKind", "applies only when kind is ABSENCE");
        }
        LocalDate firstDay = draft.start().atZone(zone).toLocalDate();
        LocalDate lastDay = draft.end().minusNanos(1).atZone(zone).toLocalDate();
        if (!employee.employedOn(firstDay) || !employee.employedOn(lastDay)) {
            throw new InvalidRequestException("employeeId", "employee " + employee.id() + " is not employed from "
                    + firstDay + " to " + lastDay + " (employed from " + employee.employmentStart()
                    + (employee.employmentEnd() == null ? "" : " to " + employee.employmentEnd()) + ")");
        }
    }

    /** Payroll counts whole minutes: a second or a fraction would be stored but never counted. */
    private static void requireWholeMinute(String field, Instant instant) {
        if (instant.getEpochSecond() % 60 != 0 || instant.getNano() != 0) {
            throw new InvalidRequestException(field, "must be on a whole minute (no seconds)");
        }
    }

    private static String hours(Duration duration) {
        return duration.toMinutesPart() == 0 ? duration.toHours() + " h" : duration.toMinutes() + " min";
    }

    /**
     * Run once the months are locked: an overlapping entry committed meanwhile is then seen (read committed), and
     * none can be committed until this transaction ends.
     */
    private void requireNoOverlap(Long id, TimeEntryDraft draft) {
        var overlapping = entries.findOverlapping(draft.employeeId(), draft.start(), draft.end(), id);
        if (!overlapping.isEmpty()) {
            TimeEntry other = overlapping.get(0);
            throw new ConflictException("start", "overlaps time entry " + other.id() + " (" + other.start() + " to "
                    + other.end() + ") of the same employee");
        }
    }
}
