package org.permanence.planning;

import org.permanence.rota.PublishedHistory;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface RotaVersionRepository extends ListCrudRepository<RotaVersion, Long> {

    List<RotaVersion> findByRotaIdOrderByNumber(long rotaId);

    Optional<RotaVersion> findByRotaIdAndNumber(long rotaId, int number);

    Optional<RotaVersion> findFirstByRotaIdOrderByNumberDesc(long rotaId);

    @Query("""
            SELECT v.rota_id, v.number AS version_number, s.shift_id, s.employee_id, s.shift_template_id,
                   s.shift_date, s.starts_at, s.ends_at
            FROM rota_version v JOIN rota_version_shift s ON s.rota_version_id = v.id
            WHERE v.number = (SELECT MAX(latest.number) FROM rota_version latest WHERE latest.rota_id = v.rota_id)
              AND s.employee_id IS NOT NULL AND s.starts_at >= :from AND s.starts_at < :to
            ORDER BY s.starts_at, s.shift_id""")
    List<PublishedShift> findLatestStartingBetween(@Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            SELECT v.rota_id, v.number AS version_number, s.shift_id, s.employee_id, s.shift_template_id,
                   s.shift_date, s.starts_at, s.ends_at
            FROM rota_version v JOIN rota_version_shift s ON s.rota_version_id = v.id
            WHERE v.number = (SELECT MAX(latest.number) FROM rota_version latest WHERE latest.rota_id = v.rota_id)
              AND s.employee_id = :employeeId AND s.starts_at >= :from AND s.starts_at < :to
            ORDER BY s.starts_at, s.shift_id""")
    List<PublishedShift> findLatestOfEmployeeStartingBetween(@Param("employeeId") long employeeId,
            @Param("from") Instant from, @Param("to") Instant to);

    @Query("""
            SELECT s.employee_id, s.shift_template_id, s.shift_date, s.starts_at, s.ends_at
            FROM rota_version v JOIN rota_version_shift s ON s.rota_version_id = v.id
            WHERE v.number = (SELECT MAX(latest.number) FROM rota_version latest WHERE latest.rota_id = v.rota_id)
              AND v.rota_id <> :excludedRotaId AND s.employee_id IS NOT NULL
              AND s.shift_date BETWEEN :from AND :to
            ORDER BY s.starts_at, s.shift_id""")
    List<PublishedHistory.Shift> findLatestDatedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("excludedRotaId") long excludedRotaId);

    /** The shift as the latest published version of its rota holds it (assigned or open), if it is in it. */
    @Query("""
            SELECT v.rota_id, v.number AS version_number, s.shift_id, s.employee_id, s.shift_template_id,
                   s.shift_date, s.starts_at, s.ends_at
            FROM rota_version v JOIN rota_version_shift s ON s.rota_version_id = v.id
            WHERE v.number = (SELECT MAX(latest.number) FROM rota_version latest WHERE latest.rota_id = v.rota_id)
              AND s.shift_id = :shiftId""")
    Optional<PublishedShift> findLatestOfShift(@Param("shiftId") long shiftId);

    /** Versions after a rota's first that were published after {@code since}, without their shifts. */
    @Query("""
            SELECT v.rota_id, v.number, v.published_at, v.published_by, v.comment FROM rota_version v
            WHERE v.number > 1 AND v.published_at > :since
            ORDER BY v.published_at, v.rota_id, v.number""")
    List<ShiftChanges.Republication> findRepublishedAfter(@Param("since") Instant since);

    /** An employee's shifts in every version of the given rotas. */
    @Query("""
            SELECT v.rota_id, v.number AS version_number, s.shift_id, s.employee_id, s.shift_template_id,
                   s.shift_date, s.starts_at, s.ends_at
            FROM rota_version v JOIN rota_version_shift s ON s.rota_version_id = v.id
            WHERE s.employee_id = :employeeId AND v.rota_id IN (:rotaIds)
            ORDER BY v.rota_id, v.number, s.starts_at""")
    List<PublishedShift> findOfEmployeeInEveryVersion(@Param("employeeId") long employeeId,
            @Param("rotaIds") Collection<Long> rotaIds);
}
