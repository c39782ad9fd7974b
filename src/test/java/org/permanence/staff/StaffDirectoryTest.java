package org.permanence.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffDirectoryTest {

    @Autowired
    StaffDirectory directory;
    @Autowired
    TestApi api;

    @Test
    void givesPlanningEverythingAboutTheStaffOfAPeriod() {
        var admin = api.as(Role.ADMIN);
        String code = "NIGHT-" + System.nanoTime();
        long skill = admin.post("/api/skills", Map.of("code", code, "name", "Night handler")).id();
        long contract = admin.post("/api/contracts", Map.of("name", "c-" + System.nanoTime(), "weeklyMinutes", 1680,
                "nightWorkAllowed", false)).id();
        long employee = admin.post("/api/employees", Map.of("payrollNumber", "D-" + System.nanoTime(),
                "firstName", "Inès", "lastName", "Roux", "contractId", contract, "skillIds", List.of(skill),
                "employmentStart", "2027-02-10")).id();
        admin.post("/api/availability", Map.of("employeeId", employee, "start", "2027-02-14T23:00:00Z",
                "end", "2027-02-15T23:00:00Z", "kind", "UNDESIRED"));

        StaffMember member = directory.employedBetween(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)).stream()
                .filter(m -> m.id() == employee).findFirst().orElseThrow();

        assertThat(member.skillCodes()).containsExactly(code);
        assertThat(member.contract().weeklyMinutes()).isEqualTo(1680);
        assertThat(member.contract().rules().nightWorkAllowed()).isFalse();
        assertThat(member.employedOn(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(directory.employedBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31)))
                .noneMatch(m -> m.id() == employee);
        assertThat(directory.availabilityBetween(Instant.parse("2027-02-15T00:00:00Z"), Instant.parse("2027-02-16T00:00:00Z")))
                .filteredOn(a -> a.employeeId() == employee)
                .singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AvailabilityKind.UNDESIRED));
        assertThat(directory.employee(employee)).map(StaffMember::lastName).contains("Roux");
    }
}
