package org.permanence.rota;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

public interface RotaShiftRepository extends ListCrudRepository<RotaShift, Long> {

    List<RotaShift> findByRotaIdOrderByStartsAtAscIdAsc(long rotaId);

    long countByEmployeeId(long employeeId);

    long countByShiftTemplateId(long shiftTemplateId);

    /** Assigned shifts of the other PUBLISHED rotas starting on the dates from..to: what staff worked before. */
    @Query("""
            SELECT s.* FROM rota_shift s JOIN rota r ON r.id = s.rota_id
            WHERE r.status = 'PUBLISHED' AND s.rota_id <> :excludedRotaId AND s.employee_id IS NOT NULL
              AND s.shift_date BETWEEN :from AND :to
            ORDER BY s.starts_at, s.id""")
    List<RotaShift> findPublishedBetween(@Param("excludedRotaId") long excludedRotaId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
