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
    private final ZoneId zone;

    TimeEntryReferences(TimeEntryRepository entries, HelplineProperties helpline) {
        this.entries = entries;
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
}
