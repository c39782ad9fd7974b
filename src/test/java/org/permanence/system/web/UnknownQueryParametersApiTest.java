package org.permanence.system.web;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query parameter the endpoint does not take is a 400 naming it, never ignored: a misspelt list filter used to
 * answer unfiltered data.
 */
@IntegrationTest
class UnknownQueryParametersApiTest {

    @Autowired
    TestApi api;

    private long newSkill() {
        String code = "Q" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse skill = api.as(Role.ADMIN).post("/api/skills", Map.of("code", code, "name", "Skill " + code));
        assertThat(skill.status()).as(skill.toString()).isEqualTo(201);
        return skill.id();
    }

    @Test
    void aForeignListFilterIsRefusedNamingItWithTheFiltersTheEndpointKnows() {
        TestApi.Client planner = api.as(Role.PLANNER);

        assertRefused(planner.get("/api/shift-templates?skillId=2"), "skillId",
                "is not a parameter of this endpoint; known: skill, page, size; did you mean skill?");
        assertRefused(planner.get("/api/staffing-needs?skillId=2"), "skillId",
                "is not a parameter of this endpoint; known: skill, page, size; did you mean skill?");
        assertRefused(planner.get("/api/employees?skill=2"), "skill",
                "is not a parameter of this endpoint; known: skillId, contractId, name, activeOn, page, size;"
                        + " did you mean skillId?");
        assertRefused(planner.get("/api/staffing-needs/requirements?from=2026-03-01&to=2026-03-01&skillId=2"),
                "skillId", "is not a parameter of this endpoint; known: from, to, skill; did you mean skill?");
    }

    @Test
    void aMisspeltParameterIsRefusedAndEachUnknownOneIsNamedOnce() {
        ApiResponse response = api.as(Role.HR).get("/api/availability?employeId=1&kind=DESIRED&sort=start&sort=end");

        assertRefused(response, "employeId",
                "is not a parameter of this endpoint; known: employeeId, from, to, kind, page, size");
        assertThat(response.errorFields()).containsExactly("employeId", "sort");
        assertThat(response.json().path("detail").asText()).startsWith("employeId: is not a parameter of this endpoint")
                .contains("; sort: is not a parameter of this endpoint");
    }

    @Test
    void knownParametersStillWork() {
        long skill = newSkill();
        long otherSkill = newSkill();
        TestApi.Client planner = api.as(Role.PLANNER);
        for (long needed : new long[] {skill, otherSkill}) {
            assertThat(planner.post("/api/staffing-needs", Map.of("skillId", needed, "days", "WEEKDAY",
                    "startTime", "08:00", "endTime", "12:00", "required", 1)).status()).isEqualTo(201);
        }

        ApiResponse needs = planner.get("/api/staffing-needs?skill=" + skill + "&page=0&size=10");
        assertThat(needs.status()).as(needs.toString()).isEqualTo(200);
        assertThat(needs.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(needs.json().path("items").get(0).path("skillId").asLong()).isEqualTo(skill);
        // a name is compared as the servlet container decodes it: %73kill is skill
        assertThat(planner.get("/api/staffing-needs?%73kill=" + skill).json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(planner.get("/api/employees?skillId=" + skill + "&name=Nobody&activeOn=2027-01-01").status())
                .isEqualTo(200);
        assertThat(planner.get("/api/shift-templates?skill=" + skill).status()).isEqualTo(200);
        // mode is taken through the repair mapping's params condition (mode=repair), not a @RequestParam
        ApiResponse repair = planner.post("/api/rotas/987654321/solve?mode=repair", null);
        assertThat(repair.status()).as(repair.toString()).isEqualTo(404);
    }

    @Test
    void aCallerWhoseRoleMayNotCallTheEndpointGets403AndAnAnonymousOne401() {
        ApiResponse employee = api.as(Role.EMPLOYEE).get("/api/shift-templates?skillId=2");
        ApiResponse hrWriting = api.as(Role.HR).post("/api/skills?dryRun=true", Map.of("code", "NOPE", "name", "No"));
        ApiResponse anonymous = api.anonymous().get("/api/employees?skill=2");

        assertThat(employee.status()).as(employee.toString()).isEqualTo(403);
        assertThat(hrWriting.status()).as(hrWriting.toString()).isEqualTo(403);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
    }

    @Test
    void anUnknownParameterOnAWriteIsRefusedAndNothingIsStored() {
        String code = "Q" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("code", code, "name", "Chat");

        ApiResponse refused = api.as(Role.PLANNER).post("/api/skills?dryRun=true", body);

        assertRefused(refused, "dryRun", "is not a parameter of this endpoint, which takes none");
        // the same skill is still new: had the refused request stored it, its code would be taken (409)
        ApiResponse stored = api.as(Role.PLANNER).post("/api/skills", body);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
    }

    @Test
    void anUnknownParameterOnAnUpdateChangesNothing() {
        long skill = newSkill();
        JsonNode before = api.as(Role.PLANNER).get("/api/skills/" + skill).json();

        ApiResponse refused = api.as(Role.PLANNER).put("/api/skills/" + skill + "?force=1",
                Map.of("code", before.path("code").asText(), "name", "Renamed",
                        "version", before.path("version").asLong()));

        assertRefused(refused, "force", "is not a parameter of this endpoint, which takes none");
        assertThat(api.as(Role.PLANNER).get("/api/skills/" + skill).json()).isEqualTo(before);
    }

    private static void assertRefused(ApiResponse response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).first().isEqualTo(field);
        assertThat(response.json().path("errors").get(0).path("reason").asText()).isEqualTo(reason);
    }
}
