package org.permanence.rota;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

public interface RotaRepository extends ListCrudRepository<Rota, Long>, ListPagingAndSortingRepository<Rota, Long> {

    Page<Rota> findByStatus(RotaStatus status, Pageable pageable);

    /** Locks the rota's row until the transaction ends; 1 if it exists, else 0. */
    @Query("SELECT COUNT(*) FROM rota WHERE id = :id FOR UPDATE")
    int lockById(long id);

    /** Locks the periods of all rotas until the transaction ends, so that two overlapping ones cannot both pass. */
    @Query("SELECT COUNT(*) FROM rota_period_lock FOR UPDATE")
    int lockPeriods();

    /**
     * Published rotas other than {@code exceptId} (-1: none) with a day in {@code [firstDate, lastDate]}, earliest
     * first.
     */
    @Query("SELECT * FROM rota WHERE status = 'PUBLISHED' AND first_date <= :lastDate AND last_date >= :firstDate"
            + " AND id <> :exceptId ORDER BY first_date, id")
    List<Rota> findPublishedOverlapping(LocalDate firstDate, LocalDate lastDate, long exceptId);
}
