package org.permanence.rota;

import org.junit.jupiter.api.Test;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.staff.ContractDraft;
import org.permanence.staff.ContractService;
import org.permanence.staff.EmployeeDraft;
import org.permanence.staff.EmployeeService;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database refuses a second request for the same employee, date and template, "any shift" included. */
@IntegrationTest
class ShiftRequestRepositoryTest {

    private static final LocalDate DATE = LocalDate.of(2073, 5, 4);

    @Autowired
    ShiftRequestRepository repository;
    @Autowired
    SkillService skills;
    @Autowired
    ContractService contracts;
    @Autowired
    EmployeeService employees;

    @Test
    void twoAnyShiftRequestsOfOneEmployeeAndDateClashOnTheUniqueKey() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long skill = skills.create(new SkillDraft("RR" + tag, "Repository " + tag, null)).id();
        long contract = contracts.create(new ContractDraft("Repository " + tag, 2100, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null)).id();
        long employee = employees.create(new EmployeeDraft("RR" + tag, "Ada", "Repository", null, contract,
                Set.of(skill), LocalDate.of(2020, 1, 1), null, null)).id();
        repository.save(new EmployeeShiftRequest(null, null, employee, DATE, null, ShiftRequest.Kind.OFF, 1, null));

        assertThatThrownBy(() -> repository.save(new EmployeeShiftRequest(null, null, employee, DATE, null,
                ShiftRequest.Kind.ON, 1, null)))
                .isInstanceOf(DbActionExecutionException.class)
                .rootCause().hasMessageContaining("uq_shift_request__date");
        assertThat(repository.save(new EmployeeShiftRequest(null, null, employee, DATE.plusDays(1), null,
                ShiftRequest.Kind.ON, 1, null)).id()).isNotNull();
    }
}
