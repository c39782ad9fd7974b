package org.permanence.rota.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Concurrently;
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

    private static Map<String, Object> limits(long version, List<Map<String, Object>> limits) {
        return Map.of("version", version, "limits", limits);
    }

    @Test
    void putReplacesTheWholeList() {
        long early = fixtures.template();
        long night = fixtures.template();
        var planner = api.as(Role.PLANNER);
        String path = "/api/employees/" + employee + "/shift-limits";
        assertThat(planner.get(path).json().path("limits")).isEmpty();
        assertThat(planner.get(path).json().path("version").asLong()).isZero();

        ApiResponse first = planner.put(path, limits(0, List.of(limit(early, 3), limit(night, 0))));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("limits")).hasSize(2);
        assertThat(first.json().path("version").asLong()).isEqualTo(1);

        ApiResponse second = planner.put(path, limits(1, List.of(limit(night, 2))));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        ApiResponse read = api.as(Role.HR).get(path);
        assertThat(read.json().path("limits")).hasSize(1);
        assertThat(read.json().path("limits").get(0).path("shiftTemplateId").asLong()).isEqualTo(night);
        assertThat(read.json().path("limits").get(0).path("maxPerPeriod").asInt()).isEqualTo(2);

        assertThat(planner.put(path, limits(2, List.of())).json().path("limits")).isEmpty();
    }

    @Test
    void twoPlannersReplacingTheListFromTheSameReadCannotBothPass() {
        long early = fixtures.template();
        String path = "/api/employees/" + employee + "/shift-limits";
        long read = api.as(Role.PLANNER).get(path).json().path("version").asLong();

        List<Integer> statuses = Concurrently.statuses(2, index -> api.as(index == 0 ? Role.PLANNER : Role.MANAGER)
                .put(path, limits(read, List.of(limit(early, index)))));
        ApiResponse withoutVersion = api.as(Role.PLANNER).put(path, Map.of("limits", List.of()));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        int kept = statuses.indexOf(200);
        assertThat(api.as(Role.HR).get(path).json().path("limits").get(0).path("maxPerPeriod").asInt())
                .as("the change that passed is the one stored").isEqualTo(kept);
        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.errorFields()).containsExactly("version");
    }

    @Test
    void unknownTemplatesNegativeMaximaAndRepeatsAreRefusedNamingTheEntry() {
        long early = fixtures.template();
        String path = "/api/employees/" + employee + "/shift-limits";

        ApiResponse response = api.as(Role.PLANNER).put(path, limits(0,
                List.of(limit(early, 1), limit(Long.MAX_VALUE, 1), limit(early, 2), limit(fixtures.template(), -1))));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("limits[1].shiftTemplateId", "limits[2].shiftTemplateId",
                "limits[3].maxPerPeriod");
        assertThat(api.as(Role.PLANNER).get(path).json().path("limits")).as("nothing stored").isEmpty();
        assertThat(api.as(Role.PLANNER).get(path).json().path("version").asLong()).isZero();
    }

    @Test
    void anUnknownEmployeeIsNotFound() {
        assertThat(api.as(Role.PLANNER).get("/api/employees/" + Long.MAX_VALUE + "/shift-limits").status())
                .isEqualTo(404);
        assertThat(api.as(Role.PLANNER).put("/api/employees/" + Long.MAX_VALUE + "/shift-limits",
                limits(0, List.of())).status()).isEqualTo(404);
    }

    private static Map<String, Object> limit(long templateId, int max) {
        return Map.of("shiftTemplateId", templateId, "maxPerPeriod", max);
    }
}
