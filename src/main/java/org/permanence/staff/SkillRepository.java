package org.permanence.staff;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface SkillRepository extends ListCrudRepository<Skill, Long>, ListPagingAndSortingRepository<Skill, Long> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    List<Skill> findAllByOrderByCode();
}
