package org.permanence.rota.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EmployeeShiftLimitApiTest {

    @Autowired
    TestApi api;

    private RequestFixtures fixtures;
    private long employee;

    @BeforeEach
    void staff() {
        fixtures = new RequestFixtures(api);
        employee = fixtures.employee();
    }

    @Test
    void putReplacesTheWholeList() {
        long early = fixtures.template();
        long night = fixtures.template();
        var planner = api.as(Role.PLANNER);
        String path = "/api/employees/" + employee + "/shift-limits";
        assertThat(planner.get(path).json()).isEmpty();

        ApiResponse first = planner.put(path, List.of(limit(early, 3), limit(night, 0)));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);

        ApiResponse second = planner.put(path, List.of(limit(night, 2)));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        ApiResponse read = api.as(Role.HR).get(path);
        assertThat(read.json()).hasSize(1);
        assertThat(read.json().get(0).path("shiftTemplateId").asLong()).isEqualTo(night);
        assertThat(read.json().get(0).path("maxPerPeriod").asInt()).isEqualTo(2);

        assertThat(planner.put(path, List.of()).json()).isEmpty();
    }

    @Test
    void unknownTemplatesNegativeMaximaAndRepeatsAreRefusedNamingTheEntry() {
        long early = fixtures.template();
        String path = "/api/employees/" + employee + "/shift-limits";

        ApiResponse response = api.as(Role.PLANNER).put(path,
                List.of(limit(early, 1), limit(Long.MAX_VALUE, 1), limit(early, 2), limit(fixtures.template(), -1)));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("[1].shiftTemplateId", "[2].shiftTemplateId",
                "[3].maxPerPeriod");
        assertThat(api.as(Role.PLANNER).get(path).json()).as("nothing stored").isEmpty();
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        assertThat(api.as(Role.PLANNER).get("/api/employees/" + Long.MAX_VALUE + "/shift-limits").status())
                .isEqualTo(404);
        assertThat(api.as(Role.PLANNER).put("/api/employees/" + Long.MAX_VALUE + "/shift-limits", List.of())
                .status()).isEqualTo(404);
    }

    private static Map<String, Object> limit(long templateId, int max) {
        return Map.of("shiftTemplateId", templateId, "maxPerPeriod", max);
    }
}
