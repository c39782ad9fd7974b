package org.permanence.rota;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface ShiftRequestRepository extends ListCrudRepository<EmployeeShiftRequest, Long> {

    /** Another request of the employee for the same date and template ({@code <=>}: "any shift" equals itself). */
    @Query("""
            SELECT COUNT(*) > 0 FROM shift_request
            WHERE employee_id = :employeeId AND request_date = :date AND shift_template_id <=> :templateId
              AND (:excludedId IS NULL OR id <> :excludedId)""")
    boolean existsSameRequest(@Param("employeeId") long employeeId, @Param("date") LocalDate date,
            @Param("templateId") Long templateId, @Param("excludedId") Long excludedId);

    @Query("SELECT * FROM shift_request WHERE request_date BETWEEN :first AND :last ORDER BY request_date, id")
    List<EmployeeShiftRequest> findBetween(@Param("first") LocalDate first, @Param("last") LocalDate last);
}
