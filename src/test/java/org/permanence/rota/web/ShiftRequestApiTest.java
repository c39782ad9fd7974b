package org.permanence.rota.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.web.RequestFixtures.created;
import static org.permanence.rota.web.RequestFixtures.request;

@IntegrationTest
class ShiftRequestApiTest {

    @Autowired
    TestApi api;

    private RequestFixtures fixtures;
    private long employee;
    private long template;

    @BeforeEach
    void staff() {
        fixtures = new RequestFixtures(api);
        employee = fixtures.employee();
        template = fixtures.template();
    }

    @Test
    void aPlannerCreatesReadsUpdatesAndDeletesARequest() {
        var planner = api.as(Role.PLANNER);
        ApiResponse created = planner.post("/api/shift-requests", request(employee, "2071-06-02", template, "ON", 40));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("employeeId").asLong()).isEqualTo(employee);
        assertThat(created.json().path("date").asText()).isEqualTo("2071-06-02");
        assertThat(created.json().path("shiftTemplateId").asLong()).isEqualTo(template);
        assertThat(created.json().path("kind").asText()).isEqualTo("ON");
        assertThat(created.json().path("weight").asInt()).isEqualTo(40);
        assertThat(created.json().path("version").asLong()).isZero();
        long id = created.id();

        assertThat(planner.get("/api/shift-requests/" + id).json().path("weight").asInt()).isEqualTo(40);

        Map<String, Object> change = new HashMap<>(request(employee, "2071-06-03", null, "OFF", null));
        change.put("note", "school holiday");
        change.put("version", 0);
        ApiResponse updated = planner.put("/api/shift-requests/" + id, change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("shiftTemplateId").isNull()).isTrue();
        assertThat(updated.json().path("weight").asInt()).as("weight defaults to 1").isEqualTo(1);
        assertThat(updated.json().path("note").asText()).isEqualTo("school holiday");
        assertThat(updated.json().path("version").asLong()).isEqualTo(1);

        ApiResponse stale = planner.put("/api/shift-requests/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);

        assertThat(planner.delete("/api/shift-requests/" + id).status()).isEqualTo(204);
        assertThat(planner.get("/api/shift-requests/" + id).status()).isEqualTo(404);
    }

    @Test
    void theListFiltersByEmployeeAndDatesAndIsPaged() {
        fixtures.request(employee, "2071-07-01");
        fixtures.request(employee, "2071-07-10");
        fixtures.request(employee, "2071-07-20");
        fixtures.request(fixtures.employee(), "2071-07-10");
        var hr = api.as(Role.HR);

        ApiResponse page = hr.get("/api/shift-requests?employeeId=" + employee
                + "&from=2071-07-10&to=2071-07-20&size=1");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().path("totalItems").asLong()).isEqualTo(2);
        assertThat(page.json().path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.json().path("items").get(0).path("date").asText()).isEqualTo("2071-07-10");
        assertThat(hr.get("/api/shift-requests?employeeId=" + employee + "&page=1&size=1&from=2071-07-10&to=2071-07-20")
                .json().path("items").get(0).path("date").asText()).isEqualTo("2071-07-20");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNotAnsweredEmpty() {
        fixtures.request(employee, "2071-09-01");

        ApiResponse backwards = api.as(Role.HR).get("/api/shift-requests?from=2071-09-02&to=2071-09-01");
        ApiResponse self = api.asEmployee(employee).get("/api/shift-requests?from=2071-09-02&to=2071-09-01");

        for (ApiResponse response : List.of(backwards, self)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.errorFields()).containsExactly("to");
            assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("must not be before from");
        }
        // one day (from = to) is a period
        assertThat(api.as(Role.HR).get("/api/shift-requests?employeeId=" + employee + "&from=2071-09-01&to=2071-09-01")
                .json().path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void unknownEmployeeAndTemplateAreRefusedNamingTheFields() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-requests",
                request(Long.MAX_VALUE, "2071-06-02", Long.MAX_VALUE, "ON", null));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("employeeId", "shiftTemplateId");
    }

    @Test
    void aTemplateNeedingASkillTheEmployeeLacksIsRefusedAndNothingStored() {
        long otherSkill = created(api.as(Role.ADMIN).post("/api/skills", Map.of("code", "RQX" + employee,
                "name", "Another desk")));
        long otherDesk = created(api.as(Role.PLANNER).post("/api/shift-templates", Map.of("name", "Other desk",
                "code", "OD" + employee, "startTime", "07:00", "durationMinutes", 420, "skillId", otherSkill,
                "forbiddenSuccessorIds", List.of())));

        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-requests",
                request(employee, "2071-06-02", otherDesk, "ON", null));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("shiftTemplateId");
        assertThat(api.as(Role.HR).get("/api/shift-requests?employeeId=" + employee).json().path("totalItems")
                .asLong()).isZero();
    }

    @Test
    void askingForANightShiftIsRefusedWhenTheContractForbidsNightWorkButAskingItOffIsNot() {
        long night = created(api.as(Role.PLANNER).post("/api/shift-templates", Map.of("name", "Night",
                "code", "RN" + employee, "startTime", "23:00", "durationMinutes", 480, "skillId", fixtures.skill(),
                "forbiddenSuccessorIds", List.of())));
        long daysOnly = created(api.as(Role.ADMIN).post("/api/contracts", Map.of("name", "No nights " + employee,
                "weeklyMinutes", 1680, "nightWorkAllowed", false)));
        long dayWorker = created(api.as(Role.ADMIN).post("/api/employees", Map.of("payrollNumber", "RQN" + employee,
                "firstName", "Noé", "lastName", "Days", "contractId", daysOnly, "skillIds", List.of(fixtures.skill()),
                "employmentStart", "2070-01-01")));

        ApiResponse on = api.as(Role.PLANNER).post("/api/shift-requests",
                request(dayWorker, "2071-06-04", night, "ON", null));
        ApiResponse off = api.as(Role.PLANNER).post("/api/shift-requests",
                request(dayWorker, "2071-06-05", night, "OFF", null));

        assertThat(on.status()).as(on.toString()).isEqualTo(422);
        assertThat(on.errorFields()).containsExactly("shiftTemplateId");
        assertThat(on.json().path("detail").asText()).contains("night work");
        assertThat(off.status()).as(off.toString()).isEqualTo(201);
    }

    @Test
    void aWeightOutsideOneToHundredIsABadRequest() {
        for (int weight : new int[] {0, 101}) {
            ApiResponse response = api.as(Role.PLANNER).post("/api/shift-requests",
                    request(employee, "2071-06-02", null, "OFF", weight));
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("weight");
        }
    }

    @Test
    void missingDateAndKindAreBadRequests() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-requests", Map.of("employeeId", employee));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("date", "kind");
    }

    @Test
    void aSecondRequestForTheSameDayAndTemplateIsAConflictWhateverItsKind() {
        var planner = api.as(Role.PLANNER);
        created(planner.post("/api/shift-requests", request(employee, "2071-06-02", template, "ON", null)));
        created(planner.post("/api/shift-requests", request(employee, "2071-06-02", null, "OFF", null)));

        ApiResponse sameTemplate = planner.post("/api/shift-requests",
                request(employee, "2071-06-02", template, "OFF", null));
        ApiResponse anyShiftAgain = planner.post("/api/shift-requests",
                request(employee, "2071-06-02", null, "ON", 5));

        assertThat(sameTemplate.status()).as(sameTemplate.toString()).isEqualTo(409);
        assertThat(sameTemplate.errorFields()).containsExactly("date");
        assertThat(anyShiftAgain.status()).as(anyShiftAgain.toString()).isEqualTo(409);
        assertThat(anyShiftAgain.errorFields()).containsExactly("date");
    }

    @Test
    void aDayBeforeEmploymentIsRefused() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-requests",
                request(employee, "2025-08-31", null, "OFF", null));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("date");
    }

    @Test
    void anEmployeeAsksForTheirOwnDayOffSeesOnlyTheirsAndWithdrawsIt() {
        var self = api.asEmployee(employee);
        fixtures.request(fixtures.employee(), "2071-08-01");

        ApiResponse mine = self.post("/api/shift-requests", request(employee, "2071-08-01", null, "OFF", null));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(201);

        ApiResponse listed = self.get("/api/shift-requests?from=2071-08-01&to=2071-08-01");
        assertThat(listed.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(listed.json().path("items").get(0).path("employeeId").asLong()).isEqualTo(employee);
        assertThat(self.delete("/api/shift-requests/" + mine.id()).status()).isEqualTo(204);
    }

    @Test
    void anEmployeeCannotAskForSomeoneElseNorChangeTheirRequest() {
        long other = fixtures.employee();
        var self = api.asEmployee(employee);
        long theirs = fixtures.request(other, "2071-08-02");
        long mine = fixtures.request(employee, "2071-08-02");

        assertThat(self.post("/api/shift-requests", request(other, "2071-08-03", null, "OFF", null)).status())
                .isEqualTo(403);
        assertThat(self.delete("/api/shift-requests/" + theirs).status()).isEqualTo(403);
        assertThat(self.get("/api/shift-requests/" + theirs).status()).isEqualTo(403);
        assertThat(self.get("/api/shift-requests?employeeId=" + other).status()).isEqualTo(403);
        Map<String, Object> change = new HashMap<>(request(employee, "2071-08-02", null, "OFF", 100));
        change.put("version", 0);
        assertThat(self.put("/api/shift-requests/" + mine, change).status()).isEqualTo(403);
    }
}
