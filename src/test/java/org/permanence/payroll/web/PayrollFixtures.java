package org.permanence.payroll.web;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff, shift templates and time entries created through the API, uniquely named since tests share a database. */
final class PayrollFixtures {

    private final TestApi api;

    PayrollFixtures(TestApi api) {
        this.api = api;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long skill() {
        return created(api.as(Role.ADMIN).post("/api/skills", Map.of("code", unique("SK"), "name", "Call handling")));
    }

    long contract(int weeklyMinutes) {
        return created(api.as(Role.ADMIN).post("/api/contracts",
                Map.of("name", unique("Contract " + weeklyMinutes), "weeklyMinutes", weeklyMinutes)));
    }

    /** An employee employed from 1 September 2025; returns the created record's JSON id and payroll number. */
    Staff employee(long contractId, List<Long> skillIds) {
        return employee(contractId, skillIds, "2025-09-01", null);
    }

    Staff employee(long contractId, List<Long> skillIds, String employmentStart, String employmentEnd) {
        String payrollNumber = unique("P");
        Map<String, Object> body = new HashMap<>(Map.of("payrollNumber", payrollNumber, "firstName", "Claire",
                "lastName", unique("Moreau"), "contractId", contractId, "skillIds", skillIds,
                "employmentStart", employmentStart));
        if (employmentEnd != null) {
            body.put("employmentEnd", employmentEnd);
        }
        return new Staff(created(api.as(Role.ADMIN).post("/api/employees", body)), payrollNumber);
    }

    long shiftTemplate(long skillId, LocalTime start, int minutes) {
        return created(api.as(Role.ADMIN).post("/api/shift-templates", Map.of("name", "Shift " + start,
                "code", unique("T").substring(0, 10), "startTime", start.toString(), "durationMinutes", minutes,
                "skillId", skillId)));
    }

    static Map<String, Object> worked(long employeeId, String start, String end) {
        return new HashMap<>(Map.of("employeeId", employeeId, "start", start, "end", end, "kind", "WORKED"));
    }

    static Map<String, Object> absence(long employeeId, String start, String end, String absenceKind) {
        return new HashMap<>(Map.of("employeeId", employeeId, "start", start, "end", end, "kind", "ABSENCE",
                "absenceKind", absenceKind));
    }

    long entry(Map<String, Object> body) {
        return created(api.as(Role.MANAGER).post("/api/time-entries", body));
    }

    record Staff(long id, String payrollNumber) {
    }

    static long created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
