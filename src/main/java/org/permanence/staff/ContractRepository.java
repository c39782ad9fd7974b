package org.permanence.staff;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface ContractRepository extends ListCrudRepository<Contract, Long>, ListPagingAndSortingRepository<Contract, Long> {

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);
}
