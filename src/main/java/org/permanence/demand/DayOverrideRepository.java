package org.permanence.demand;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface DayOverrideRepository extends ListCrudRepository<DayOverride, Long>,
        ListPagingAndSortingRepository<DayOverride, Long> {

    List<DayOverride> findByOverrideDateBetween(LocalDate from, LocalDate to);

    Optional<DayOverride> findByOverrideDate(LocalDate date);
}
