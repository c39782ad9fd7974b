package org.permanence.payroll;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TimeEntryRepository extends ListCrudRepository<TimeEntry, Long> {

    long countByEmployeeId(long employeeId);

    /** One employee's entries overlapping [start, end), other than the one being edited. */
    @Query("""
            SELECT * FROM time_entry
            WHERE employee_id = :employeeId AND start_time < :end AND end_time > :start
              AND (:excludedId IS NULL OR id <> :excludedId)
            ORDER BY start_time, id""")
    List<TimeEntry> findOverlapping(Long employeeId, Instant start, Instant end, Long excludedId);

    /** Everyone's entries overlapping [start, end), by employee then start. */
    @Query("""
            SELECT * FROM time_entry WHERE start_time < :end AND end_time > :start
            ORDER BY employee_id, start_time, id""")
    List<TimeEntry> findOverlapping(Instant start, Instant end);

    /** One employee's entries reaching before {@code start} or after {@code end} (null: none after), by start. */
    @Query("""
            SELECT * FROM time_entry
            WHERE employee_id = :employeeId AND (start_time < :start OR (:end IS NOT NULL AND end_time > :end))
            ORDER BY start_time, id""")
    List<TimeEntry> findOfEmployeeOutside(long employeeId, Instant start, Instant end);

    /** Which of these published shifts already have their entry. */
    @Query("SELECT published_shift_id FROM time_entry WHERE published_shift_id IN (:shiftIds)")
    List<Long> findImportedShiftIds(Collection<Long> shiftIds);
}
