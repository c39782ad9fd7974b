package org.permanence.demand;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

import java.time.LocalDate;
import java.util.List;

interface StaffingNeedRepository extends ListCrudRepository<StaffingNeed, Long>,
        ListPagingAndSortingRepository<StaffingNeed, Long> {

    Page<StaffingNeed> findBySkillId(long skillId, Pageable pageable);

    long countBySkillId(long skillId);

    /** The weekly pattern plus the date rows falling in [from, to]. */
    @Query("SELECT * FROM staffing_need WHERE on_date IS NULL OR on_date BETWEEN :from AND :to")
    List<StaffingNeed> findApplicableBetween(LocalDate from, LocalDate to);

    @Modifying
    @Query("DELETE FROM staffing_need WHERE skill_id = :skillId AND days = :days")
    void deleteWeekly(long skillId, String days);

    @Modifying
    @Query("DELETE FROM staffing_need WHERE skill_id = :skillId AND on_date = :date")
    void deleteOnDate(long skillId, LocalDate date);
}
