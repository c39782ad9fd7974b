package org.permanence.planning;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface RotaChangeRepository extends ListCrudRepository<RotaChange, Long> {

    List<RotaChange> findByRotaIdOrderByChangedAtAscIdAsc(long rotaId);
}
