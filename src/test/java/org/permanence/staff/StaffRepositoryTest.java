package org.permanence.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.permanence.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StaffRepositoryTest {

    @Autowired
    SkillRepository skills;
    @Autowired
    ContractRepository contracts;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    AvailabilityRepository availabilities;
    @Autowired
    JdbcTemplate jdbc;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Contract contract() {
        var rules = new WorkingTimeRules(600, 660, 2880, 2640, 2100, 6, 6, 1, 1, null, true, 480, 2400, null, null);
        return contracts.save(new Contract(null, null, unique("contract"), 2100, rules));
    }

    private Employee employee(Contract contract, Set<Long> skillIds, LocalDate start, LocalDate end) {
        var skillRefs = skillIds.stream().map(EmployeeSkill::new).collect(Collectors.toSet());
        return employees.save(new Employee(null, null, unique("P"), "Ada", "Martin", null, contract.id(), skillRefs,
                start, end));
    }

    @Test
    void employeeKeepsSkillsAndContractRulesAcrossARoundTrip() {
        Skill handler = skills.save(new Skill(null, null, unique("HANDLER"), "Call handler"));
        Skill english = skills.save(new Skill(null, null, unique("EN"), "English"));
        Contract contract = contract();

        Employee saved = employee(contract, Set.of(handler.id(), english.id()), LocalDate.of(2026, 1, 1), null);

        Employee loaded = employees.findById(saved.id()).orElseThrow();
        assertThat(loaded.skillIds()).containsExactlyInAnyOrder(handler.id(), english.id());
        assertThat(loaded.version()).isZero();
        assertThat(contracts.findById(contract.id()).orElseThrow().rules()).isEqualTo(contract.rules());
    }

    @Test
    void databaseRefusesADuplicatePayrollNumberNamingItsUniqueKey() {
        Contract contract = contract();
        Employee first = employee(contract, Set.of(), LocalDate.of(2026, 1, 1), null);

        assertThatThrownBy(() -> employees.save(new Employee(null, null, first.payrollNumber(), "Bob", "Durand", null,
                contract.id(), Set.of(), LocalDate.of(2026, 1, 1), null)))
                .hasCauseInstanceOf(DuplicateKeyException.class)
                .hasStackTraceContaining("uq_employee__payroll_number");
    }

    @Test
    void employedBetweenKeepsOnlyEmploymentsOverlappingThePeriod() {
        Contract contract = contract();
        Employee left = employee(contract, Set.of(), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 2, 28));
        Employee leavesDuring = employee(contract, Set.of(), LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 1));
        Employee permanent = employee(contract, Set.of(), LocalDate.of(2020, 1, 1), null);
        Employee startsLastDay = employee(contract, Set.of(), LocalDate.of(2026, 3, 31), null);
        Employee startsAfter = employee(contract, Set.of(), LocalDate.of(2026, 4, 1), null);

        var ids = employees.findEmployedBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)).stream()
                .map(Employee::id).toList();

        assertThat(ids).contains(leavesDuring.id(), permanent.id(), startsLastDay.id())
                .doesNotContain(left.id(), startsAfter.id());
    }

    @Test
    void availabilityInstantsAreStoredAsUtcWallTime() {
        Employee employee = employee(contract(), Set.of(), LocalDate.of(2026, 1, 1), null);
        // 02:30 UTC on the night Paris clocks jump from 02:00 to 03:00: a zone conversion would shift it.
        Instant start = Instant.parse("2026-03-29T02:30:00Z");
        Availability saved = availabilities.save(new Availability(null, null, employee.id(), start,
                start.plusSeconds(3600), AvailabilityKind.UNAVAILABLE, UnavailabilityReason.SICKNESS, null));

        String stored = jdbc.queryForObject(
                "SELECT DATE_FORMAT(start_time, '%Y-%m-%d %H:%i') FROM availability WHERE id = ?", String.class, saved.id());
        assertThat(stored).isEqualTo("2026-03-29 02:30");
        assertThat(availabilities.findById(saved.id()).orElseThrow().start()).isEqualTo(start);
    }

    @Test
    void overlappingFindsOnlyRangesOfTheSameKindThatReallyOverlap() {
        Employee employee = employee(contract(), Set.of(), LocalDate.of(2026, 1, 1), null);
        Instant nine = Instant.parse("2026-05-04T09:00:00Z");
        Instant noon = Instant.parse("2026-05-04T12:00:00Z");
        Availability leave = availabilities.save(new Availability(null, null, employee.id(), nine, noon,
                AvailabilityKind.UNAVAILABLE, UnavailabilityReason.PAID_LEAVE, null));

        assertThat(availabilities.findOverlapping(employee.id(), "UNAVAILABLE", noon.minusSeconds(60), noon.plusSeconds(3600), null))
                .extracting(Availability::id).containsExactly(leave.id());
        assertThat(availabilities.findOverlapping(employee.id(), "UNAVAILABLE", noon, noon.plusSeconds(3600), null))
                .as("a range starting when the other ends does not overlap").isEmpty();
        assertThat(availabilities.findOverlapping(employee.id(), "DESIRED", nine, noon, null)).isEmpty();
        assertThat(availabilities.findOverlapping(employee.id(), "UNAVAILABLE", nine, noon, leave.id()))
                .as("the range being edited is not a clash with itself").isEmpty();
    }
}
