package org.permanence.system.web;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A value of the wrong type, in a query, a path or a body, is explained in the API's terms, never in Java's. */
@IntegrationTest
class WrongTypeProblemsApiTest {

    @Autowired
    TestApi api;

    @Test
    void queryAndPathValuesOfTheWrongTypeSayWhatIsExpected() {
        TestApi.Client planner = api.as(Role.PLANNER);

        assertExplained(planner.get("/api/employees?contractId=abc"), "contractId", "must be a whole number");
        assertExplained(planner.get("/api/employees/abc"), "id", "must be a whole number");
        assertExplained(planner.get("/api/availability?kind=MAYBE"), "kind",
                "must be one of UNAVAILABLE, UNDESIRED, DESIRED");
        assertExplained(planner.get("/api/employees?activeOn=24/12/2026"), "activeOn",
                "must be an ISO-8601 date such as 2026-12-24");
        assertExplained(planner.get("/api/availability?from=yesterday"), "from",
                "must be an ISO-8601 instant such as 2026-12-24T08:00:00Z");
        assertExplained(planner.get("/api/time-entries?month=2026-13"), "month", "must be a month such as 2026-12");
    }

    @Test
    void bodyValuesOfTheWrongTypeSayWhatIsExpected() {
        TestApi.Client planner = api.as(Role.PLANNER);
        Map<String, Object> employee = Map.of("payrollNumber", "P-TYPES", "firstName", "Claire",
                "lastName", "Moreau", "contractId", 1, "employmentStart", "2025-09-01");

        assertExplained(planner.post("/api/employees", with(employee, "contractId", "abc")), "contractId",
                "must be a whole number");
        assertExplained(planner.post("/api/employees", with(employee, "contractId", 1.5)), "contractId",
                "must be a whole number");
        assertExplained(planner.post("/api/shift-templates", Map.of("name", "Fraction", "code", "FRACTION",
                "startTime", "08:00", "durationMinutes", 480.5, "skillId", 1)), "durationMinutes",
                "must be a whole number");
        assertExplained(planner.post("/api/employees", with(employee, "employmentStart", "first of May")),
                "employmentStart", "must be an ISO-8601 date such as 2026-12-24");
        assertExplained(planner.post("/api/employees", with(employee, "skillIds", "abc")), "skillIds",
                "must be a JSON array");
        assertExplained(planner.post("/api/availability", Map.of("employeeId", 1, "start", "2026-12-24T08:00:00Z",
                "end", "2026-12-25T08:00:00Z", "kind", "MAYBE")), "kind",
                "must be one of UNAVAILABLE, UNDESIRED, DESIRED");
        assertExplained(api.as(Role.MANAGER).post("/api/time-entries", Map.of("employeeId", 1, "start", "2026-12-24T08:00",
                "end", "2026-12-24T16:00:00Z", "kind", "WORKED")), "start",
                "must be an ISO-8601 instant such as 2026-12-24T08:00:00Z");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static void assertExplained(ApiResponse response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.json().path("errors").get(0).path("reason").asText()).isEqualTo(reason);
        assertThat(response.body()).doesNotContain("java.", "org.permanence", "Exception", "`");
    }
}
