package org.permanence.demand;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface ShiftTemplateRepository extends ListCrudRepository<ShiftTemplate, Long>,
        ListPagingAndSortingRepository<ShiftTemplate, Long> {

    Page<ShiftTemplate> findBySkillId(long skillId, Pageable pageable);

    long countBySkillId(long skillId);

    boolean existsByCode(String code);
}
