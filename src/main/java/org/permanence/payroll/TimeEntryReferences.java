package org.permanence.payroll;

import org.permanence.staff.EmployeeReferences;
import org.permanence.system.HelplineProperties;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An employee's time entries are payroll history: they keep the employee from being deleted, and their employment
 * from being shortened to leave them out.
 */
@Component
class TimeEntryReferences implements EmployeeReferences {

    private final TimeEntryRepository entries;
    private final PayrollMonths months;
    private final ZoneId zone;

    TimeEntryReferences(TimeEntryRepository entries, PayrollMonths months, HelplineProperties helpline) {
        this.entries = entries;
        this.months = months;
        this.zone = helpline.zone();
    }

    @Override
    public Optional<String> toEmployee(long employeeId) {
        long count = entries.countByEmployeeId(employeeId);
        return count == 0 ? Optional.empty() : Optional.of(count + (count == 1 ? " time entry" : " time entries"));
    }

    /** Recorded time is payroll history: an employment may not shrink so as to leave it unpaid. */
    @Override
    public Optional<String> outsideEmployment(long employeeId, LocalDate firstDay, LocalDate lastDay) {
        List<TimeEntry> outside = entries.findOfEmployeeOutside(employeeId, firstDay.atStartOfDay(zone).toInstant(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant());
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = outside.get(0).start().atZone(zone).toLocalDate();
        LocalDate to = outside.stream().map(TimeEntry::end).max(Comparator.naturalOrder()).orElseThrow()
                .minusNanos(1).atZone(zone).toLocalDate();
        return Optional.of(outside.size() + (outside.size() == 1 ? " time entry" : " time entries") + " from "
                + from + " to " + to);
    }

    /**
     * A closed month that reported a leaver's last week as their final pay keeps it: a later end would report those
     * days again in the next month.
     */
    @Override
    public Optional<String> employmentEndRefusal(long employeeId, LocalDate lastDay) {
        return months.closedWithLastWeekOf(employeeId).entrySet().stream()
                .filter(closed -> lastDay == null || lastDay.isAfter(closed.getValue()))
                .map(closed -> "payroll month " + closed.getKey() + " is closed and reported their last week, up to "
                        + closed.getValue() + ", as final pay; reopen it before moving the end of the employment later")
                .findFirst();
    }
}
