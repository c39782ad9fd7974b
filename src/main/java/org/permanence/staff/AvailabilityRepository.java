package org.permanence.staff;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AvailabilityRepository extends ListCrudRepository<Availability, Long> {

    /** Ranges of one kind for one employee that overlap [start, end), other than the one being edited. */
    @Query("""
            SELECT * FROM availability
            WHERE employee_id = :employeeId AND kind = :kind AND start_time < :end AND end_time > :start
              AND (:excludedId IS NULL OR id <> :excludedId)""")
    List<Availability> findOverlapping(Long employeeId, String kind, Instant start, Instant end, Long excludedId);

    @Query("SELECT * FROM availability WHERE start_time < :end AND end_time > :start ORDER BY employee_id, start_time")
    List<Availability> findOverlapping(Instant start, Instant end);
}
