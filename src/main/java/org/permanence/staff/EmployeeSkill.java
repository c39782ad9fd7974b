package org.permanence.staff;

import org.springframework.data.relational.core.mapping.Table;

@Table("employee_skill")
public record EmployeeSkill(Long skillId) {
}
