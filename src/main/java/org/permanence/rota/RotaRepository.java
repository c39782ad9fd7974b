package org.permanence.rota;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

public interface RotaRepository extends ListCrudRepository<Rota, Long>, ListPagingAndSortingRepository<Rota, Long> {

    Page<Rota> findByStatus(RotaStatus status, Pageable pageable);
}
