package org.permanence.rota;

import org.junit.jupiter.api.Test;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.rota.EmployeeTemplateLimits.TemplateLimit;
import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.domain.ShiftType;
import org.permanence.staff.ContractDraft;
import org.permanence.staff.ContractService;
import org.permanence.staff.EmployeeDraft;
import org.permanence.staff.EmployeeService;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Stored shift requests and template limits reach the solver's plan. */
@IntegrationTest
class RotaPlanInputsTest {

    private static final LocalDate FIRST = LocalDate.of(2072, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2072, 3, 7);

    @Autowired
    SkillService skills;
    @Autowired
    ContractService contracts;
    @Autowired
    EmployeeService employees;
    @Autowired
    ShiftTemplates templates;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaPlans plans;
    @Autowired
    ShiftRequests requests;
    @Autowired
    EmployeeTemplateLimits limits;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void requestsOfThePeriodBecomeShiftRequestsAndLimitsBecomeMaximaPerShiftType() {
        long skill = skills.create(new SkillDraft("IN" + tag, "Inputs " + tag, null)).id();
        ShiftTemplate early = templates.create(new ShiftTemplateDraft("Early", "E" + tag, LocalTime.of(6, 0), 480,
                skill, Set.of()));
        ShiftTemplate late = templates.create(new ShiftTemplateDraft("Late", "L" + tag, LocalTime.of(14, 0), 480,
                skill, Set.of()));
        long contract = contracts.create(new ContractDraft("Inputs " + tag, 2100, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null)).id();
        long ada = employees.create(new EmployeeDraft("IN" + tag, "Ada", "Inputs" + tag, null, contract,
                Set.of(skill), LocalDate.of(2020, 1, 1), null, null)).id();
        requests.create(new ShiftRequestDraft(ada, FIRST.plusDays(2), early.id(), ShiftRequest.Kind.ON, 40, null, null));
        requests.create(new ShiftRequestDraft(ada, FIRST.plusDays(4), null, ShiftRequest.Kind.OFF, null, null, null));
        requests.create(new ShiftRequestDraft(ada, LAST.plusDays(1), null, ShiftRequest.Kind.OFF, 90, null, null));
        limits.replace(ada, limits.of(ada).version(), List.of(new TemplateLimit(late.id(), 0), new TemplateLimit(early.id(), 2)));
        Rota rota = rotas.create("Inputs " + tag, FIRST, LAST);

        RotaPlan plan = plans.build(rota.id());

        Employee employee = plan.getEmployees().stream().filter(e -> e.getId().equals(String.valueOf(ada)))
                .findFirst().orElseThrow();
        assertThat(plan.getRequests()).filteredOn(request -> request.employee() == employee)
                .extracting(ShiftRequest::date, request -> code(request.shiftType()), ShiftRequest::kind,
                        ShiftRequest::weight)
                .containsExactlyInAnyOrder(
                        tuple(FIRST.plusDays(2), early.code(), ShiftRequest.Kind.ON, 40),
                        tuple(FIRST.plusDays(4), null, ShiftRequest.Kind.OFF, 1));
        assertThat(employee.getRules().maxShiftsPerType()).isEqualTo(Map.of(late.code(), 0, early.code(), 2));
        assertThat(plan.employeeDay(employee, FIRST).getAllowedShiftTypes()).extracting(ShiftType::getCode)
                .contains(early.code()).doesNotContain(late.code());
    }

    private static String code(ShiftType shiftType) {
        return shiftType == null ? null : shiftType.getCode();
    }
}
