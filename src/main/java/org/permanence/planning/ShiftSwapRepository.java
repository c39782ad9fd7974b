package org.permanence.planning;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface ShiftSwapRepository extends ListCrudRepository<ShiftSwap, Long> {

    @Query("""
            SELECT * FROM shift_swap WHERE requester_employee_id = :employeeId OR partner_employee_id = :employeeId
            ORDER BY proposed_at DESC, id DESC""")
    List<ShiftSwap> findInvolving(@Param("employeeId") long employeeId);

    List<ShiftSwap> findByStatusOrderByProposedAt(ShiftSwapStatus status);

    List<ShiftSwap> findAllByOrderByProposedAtDesc();

    @Query("""
            SELECT COUNT(*) FROM shift_swap WHERE status IN ('PROPOSED', 'ACCEPTED')
              AND (requester_shift_id IN (:shiftIds) OR partner_shift_id IN (:shiftIds))""")
    int countOpenInvolvingShifts(@Param("shiftIds") List<Long> shiftIds);
}
