package org.permanence.staff;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** Someone who can be put on the rota. */
public record Employee(
        @Id Long id,
        @Version Long version,
        String payrollNumber,
        String firstName,
        String lastName,
        String email,
        Long contractId,
        @MappedCollection(idColumn = "employee_id") Set<EmployeeSkill> skills,
        LocalDate employmentStart,
        LocalDate employmentEnd) {

    public Set<Long> skillIds() {
        return skills.stream().map(EmployeeSkill::skillId).collect(Collectors.toSet());
    }
}
