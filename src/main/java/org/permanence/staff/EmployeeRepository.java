package org.permanence.staff;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EmployeeRepository extends ListCrudRepository<Employee, Long> {

    boolean existsByPayrollNumber(String payrollNumber);

    boolean existsByPayrollNumberAndIdNot(String payrollNumber, Long id);

    long countByContractId(Long contractId);

    @Query("SELECT COUNT(*) FROM employee_skill WHERE skill_id = :skillId")
    long countHoldersOfSkill(Long skillId);

    @Query("SELECT employee_id FROM employee_skill WHERE skill_id = :skillId")
    List<Long> findIdsHoldingSkill(Long skillId);

    /**
     * Locks the employee's row until the transaction ends (1 if it exists, else 0), so that checks of their
     * availability ranges and the writes that follow run one transaction at a time.
     */
    @Query("SELECT COUNT(*) FROM employee WHERE id = :id FOR UPDATE")
    int lockById(long id);

    /** Employees whose employment overlaps the given days. */
    @Query("""
            SELECT * FROM employee
            WHERE employment_start <= :lastDay AND (employment_end IS NULL OR employment_end >= :firstDay)
            ORDER BY last_name, first_name, id""")
    List<Employee> findEmployedBetween(LocalDate firstDay, LocalDate lastDay);
}
