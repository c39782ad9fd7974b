package org.permanence.rota;

import org.springframework.data.repository.ListCrudRepository;

import java.time.LocalDate;
import java.util.List;

public interface RotaShiftRepository extends ListCrudRepository<RotaShift, Long> {

    List<RotaShift> findByRotaIdOrderByStartsAtAscIdAsc(long rotaId);

    long countByEmployeeId(long employeeId);

    long countByShiftTemplateId(long shiftTemplateId);

    List<RotaShift> findByShiftTemplateIdAndShiftDateGreaterThanEqual(long shiftTemplateId, LocalDate from);
}
