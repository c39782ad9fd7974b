package org.permanence.rota;

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
}
