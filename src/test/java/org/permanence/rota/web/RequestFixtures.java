package org.permanence.rota.web;

import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.TestApi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff and templates for request and limit tests, created over the API with unique codes (shared database). */
final class RequestFixtures {

    static final String EMPLOYED_FROM = "2025-09-01";

    private final TestApi api;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private Long skill;

    RequestFixtures(TestApi api) {
        this.api = api;
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    long skill() {
        if (skill == null) {
            skill = created(api.as(Role.ADMIN).post("/api/skills", Map.of("code", "RQ" + tag, "name", "Requests")));
        }
        return skill;
    }

    long template() {
        return created(api.as(Role.ADMIN).post("/api/shift-templates", Map.of("name", "Early", "code", unique("RQ"),
                "startTime", "07:00", "durationMinutes", 420, "skillId", skill(), "forbiddenSuccessorIds", List.of())));
    }

    long employee() {
        long contract = created(api.as(Role.ADMIN).post("/api/contracts",
                Map.of("name", unique("Requests contract "), "weeklyMinutes", 1680)));
        return created(api.as(Role.ADMIN).post("/api/employees", Map.of("payrollNumber", unique("RQ"),
                "firstName", "Léa", "lastName", "Request" + tag, "contractId", contract, "skillIds", List.of(skill()),
                "employmentStart", EMPLOYED_FROM)));
    }

    /** A request body; {@code templateId} null means any shift, {@code weight} null the default. */
    static Map<String, Object> request(long employeeId, String date, Long templateId, String kind, Integer weight) {
        Map<String, Object> body = new HashMap<>(Map.of("employeeId", employeeId, "date", date, "kind", kind));
        if (templateId != null) {
            body.put("shiftTemplateId", templateId);
        }
        if (weight != null) {
            body.put("weight", weight);
        }
        return body;
    }

    long request(long employeeId, String date) {
        return created(api.as(Role.PLANNER).post("/api/shift-requests", request(employeeId, date, null, "OFF", null)));
    }

    static long created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
