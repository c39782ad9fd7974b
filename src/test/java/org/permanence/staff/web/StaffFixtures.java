package org.permanence.staff.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.TestApi;

import static org.assertj.core.api.Assertions.assertThat;

/** Creates staff data through the API, with unique codes and numbers since tests share one database. */
final class StaffFixtures {

    private final TestApi api;

    StaffFixtures(TestApi api) {
        this.api = api;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long skill() {
        return created(api.as(Role.ADMIN).post("/api/skills", Map.of("code", unique("SK"), "name", "Call handler")));
    }

    long contract() {
        return created(api.as(Role.ADMIN).post("/api/contracts", Map.of("name", unique("Part-time 28 h"), "weeklyMinutes", 1680)));
    }

    long employee() {
        return employee(contract(), List.of(skill()));
    }

    long employee(long contractId, List<Long> skillIds) {
        return created(api.as(Role.ADMIN).post("/api/employees", employeeBody(unique("P"), contractId, skillIds)));
    }

    static Map<String, Object> employeeBody(String payrollNumber, long contractId, List<Long> skillIds) {
        return Map.of("payrollNumber", payrollNumber, "firstName", "Claire", "lastName", unique("Moreau"),
                "email", "claire@example.org", "contractId", contractId, "skillIds", skillIds,
                "employmentStart", "2025-09-01");
    }

    long availability(long employeeId) {
        return created(api.as(Role.ADMIN).post("/api/availability", availabilityBody(employeeId,
                "2026-12-24T08:00:00Z", "2026-12-26T08:00:00Z", "UNAVAILABLE", "PAID_LEAVE")));
    }

    static Map<String, Object> availabilityBody(long employeeId, String start, String end, String kind, String reason) {
        var body = new HashMap<String, Object>(Map.of("employeeId", employeeId, "start", start, "end", end,
                "kind", kind));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static long created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
