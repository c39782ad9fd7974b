package org.permanence.staff.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Concurrently;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.staff.web.StaffFixtures.availabilityBody;
import static org.permanence.staff.web.StaffFixtures.employeeBody;
import static org.permanence.staff.web.StaffFixtures.unique;

@IntegrationTest
class StaffApiTest {

    @Autowired
    TestApi api;
    StaffFixtures fixtures;
    TestApi.Client planner;

    @BeforeEach
    void setUp() {
        fixtures = new StaffFixtures(api);
        planner = api.as(Role.PLANNER);
    }

    @Test
    void newContractTakesTheLegalDefaultsForRulesLeftOut() {
        var created = planner.post("/api/contracts", Map.of("name", unique("Full-time"), "weeklyMinutes", 2100,
                "maxWorkedWeekendsPerPeriod", 2));

        assertThat(created.status()).isEqualTo(201);
        var contract = created.json();
        assertThat(contract.path("dailyMaxMinutes").asInt()).isEqualTo(600);
        assertThat(contract.path("minRestBetweenShiftsMinutes").asInt()).isEqualTo(660);
        assertThat(contract.path("weeklyMaxMinutes").asInt()).isEqualTo(2880);
        assertThat(contract.path("twelveWeekAverageMaxMinutes").asInt()).isEqualTo(2640);
        assertThat(contract.path("weeklyRestMinutes").asInt()).isEqualTo(2100);
        assertThat(contract.path("maxWorkingDaysPerWeek").asInt()).isEqualTo(6);
        assertThat(contract.path("maxConsecutiveWorkingDays").asInt()).isEqualTo(6);
        assertThat(contract.path("nightWorkAllowed").asBoolean()).isTrue();
        assertThat(contract.path("nightWorkerDailyMaxMinutes").asInt()).isEqualTo(480);
        assertThat(contract.path("nightWorkerTwelveWeekAverageMaxMinutes").asInt()).isEqualTo(2400);
        assertThat(contract.path("maxWorkedWeekendsPerPeriod").asInt()).isEqualTo(2);
        assertThat(contract.path("maxMinutesPerPeriod").isNull()).isTrue();
    }

    @Test
    void employeeIsCreatedReadAndFoundBySkillContractAndName() {
        long skill = fixtures.skill();
        long contract = fixtures.contract();
        String payrollNumber = unique("P");
        var created = planner.post("/api/employees", employeeBody(payrollNumber, contract, List.of(skill)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        fixtures.employee(contract, List.of());

        var read = planner.get("/api/employees/" + id).json();
        assertThat(read.path("payrollNumber").asText()).isEqualTo(payrollNumber);
        assertThat(read.path("skillIds").get(0).asLong()).isEqualTo(skill);
        assertThat(read.path("version").asLong()).isZero();

        assertThat(ids(planner.get("/api/employees?skillId=" + skill))).containsExactly(id);
        assertThat(ids(planner.get("/api/employees?contractId=" + contract))).hasSize(2).contains(id);
        assertThat(ids(planner.get("/api/employees?name=" + payrollNumber))).containsExactly(id);
        var page = planner.get("/api/employees?contractId=" + contract + "&size=1&page=1").json();
        assertThat(page.path("totalItems").asLong()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items")).hasSize(1);
    }

    @Test
    void anUnknownSkillFilterIsRefusedNamingItNotAnsweredEmpty() {
        var unknown = planner.get("/api/employees?skillId=987654321");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.errorFields()).containsExactly("skillId");
        assertThat(unknown.json().at("/errors/0/reason").asText()).isEqualTo("skill 987654321 does not exist");
        // a skill nobody holds is a known one: no employee
        var nobody = planner.get("/api/employees?skillId=" + fixtures.skill());
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(ids(nobody)).isEmpty();
    }

    @Test
    void availabilityIsListedByEmployeeAndDateRange() {
        long employee = fixtures.employee();
        long leave = fixtures.availability(employee);

        String byEmployee = "/api/availability?employeeId=" + employee;
        assertThat(ids(planner.get(byEmployee + "&from=2026-12-25T00:00:00Z&to=2026-12-27T00:00:00Z"))).containsExactly(leave);
        assertThat(ids(planner.get(byEmployee + "&from=2026-12-26T08:00:00Z"))).isEmpty();
        assertThat(ids(planner.get(byEmployee + "&kind=DESIRED"))).isEmpty();
    }

    @Test
    void anAvailabilityPeriodEndingBeforeItStartsIsRefusedNotAnsweredEmpty() {
        long employee = fixtures.employee();
        fixtures.availability(employee);

        var backwards = planner.get("/api/availability?employeeId=" + employee
                + "&from=2026-12-27T00:00:00Z&to=2026-12-24T00:00:00Z");
        var self = api.asEmployee(employee).get("/api/availability?from=2027-03-10T00:00:00Z&to=2027-03-01T00:00:00Z");

        for (ApiResponse response : List.of(backwards, self)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.errorFields()).containsExactly("to");
            assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("must not be before from");
        }
        // an instant (from = to) is a period too: the ranges holding it
        assertThat(ids(planner.get("/api/availability?employeeId=" + employee
                + "&from=2026-12-25T00:00:00Z&to=2026-12-25T00:00:00Z"))).hasSize(1);
    }

    @Test
    void payrollNumbersAreIdentifiersAndNamesAreOneLineOfText() {
        long contract = fixtures.contract();
        String suffix = unique("").substring(1);

        ApiResponse padded = planner.post("/api/employees", employee(" T-" + suffix + " ", contract));
        ApiResponse injected = planner.post("/api/employees", employee("X;9\"\n=cmd", contract));
        ApiResponse formula = planner.post("/api/employees", employee("=1+2", contract));
        Map<String, Object> controlInNames = employee("N-" + suffix, contract);
        controlInNames.put("firstName", "Claire\u0000");
        controlInNames.put("lastName", "Moreau\nPetit");
        ApiResponse names = planner.post("/api/employees", controlInNames);
        Map<String, Object> accented = employee("X119-0001/" + suffix + "_b.2", contract);
        accented.put("firstName", "Inès");
        accented.put("lastName", "O'Brien-Élise");
        ApiResponse accepted = planner.post("/api/employees", accented);

        for (ApiResponse refused : List.of(padded, injected, formula)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("payrollNumber");
        }
        assertThat(padded.json().path("errors").get(0).path("reason").asText()).isEqualTo(
                "must start with a letter or digit and hold only letters, digits, '-', '_', '.' and '/'");
        assertThat(names.status()).isEqualTo(400);
        assertThat(names.errorFields()).containsExactlyInAnyOrder("firstName", "lastName");
        assertThat(planner.get("/api/employees?name=" + suffix).json().path("items").findValuesAsText("payrollNumber"))
                .containsExactly("X119-0001/" + suffix + "_b.2");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    }

    private static Map<String, Object> employee(String payrollNumber, long contract) {
        return new HashMap<>(employeeBody(payrollNumber, contract, List.of()));
    }

    @Test
    void missingAndBlankFieldsAreNamed() {
        var response = planner.post("/api/employees", Map.of("firstName", " ", "email", "not-an-email"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).contains("payrollNumber", "firstName", "lastName", "email", "contractId",
                "employmentStart");
    }

    @Test
    void malformedJsonNamesTheUnreadableField() {
        var body = new HashMap<>(employeeBody(unique("P"), fixtures.contract(), List.of()));
        body.put("employmentStart", "first of May");

        var response = planner.post("/api/employees", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("employmentStart");
        assertThat(planner.post("/api/skills", "{\"code\": ").status()).isEqualTo(400);
    }

    @Test
    void aMissingBodyOrOneOfTheWrongJsonTypeIsExplained() {
        var missing = planner.post("/api/skills", "");
        var array = planner.post("/api/skills", "[]");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("detail").asText()).isEqualTo("The request body is missing");
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.json().path("detail").asText()).isEqualTo("The request body must be a JSON object");
    }

    @Test
    void aMisspeltFieldIsNamedAndNothingIsWritten() {
        String payrollNumber = unique("P");
        var body = new HashMap<>(employeeBody(payrollNumber, fixtures.contract(), List.of()));
        body.put("employmentStrat", "2024-05-01");

        var response = planner.post("/api/employees", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("employmentStrat");
        assertThat(response.json().path("errors").get(0).path("reason").asText())
                .startsWith("is not a known field").contains("employmentStart");
        assertThat(planner.get("/api/employees").body()).doesNotContain(payrollNumber);
    }

    @Test
    void unknownContractAndSkillAreRefusedAndNothingIsWritten() {
        String payrollNumber = unique("P");
        var response = planner.post("/api/employees", employeeBody(payrollNumber, 999_999, List.of(999_998L)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("contractId", "skillIds");
        assertThat(ids(planner.get("/api/employees?name=" + payrollNumber))).isEmpty();
    }

    @Test
    void employmentEndingBeforeItStartsIsRefused() {
        var body = new HashMap<>(employeeBody(unique("P"), fixtures.contract(), List.of()));
        body.put("employmentEnd", "2025-08-31");

        var response = planner.post("/api/employees", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("employmentEnd");
    }

    @Test
    void duplicatePayrollNumberIsAConflictNamingTheField() {
        long contract = fixtures.contract();
        String payrollNumber = unique("P");
        assertThat(planner.post("/api/employees", employeeBody(payrollNumber, contract, List.of())).status()).isEqualTo(201);

        var duplicate = planner.post("/api/employees", employeeBody(payrollNumber, contract, List.of()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("payrollNumber");
        assertThat(ids(planner.get("/api/employees?name=" + payrollNumber))).hasSize(1);
    }

    @Test
    void staleVersionIsAConflictGivingTheCurrentVersionAndChangesNothing() {
        long contract = fixtures.contract();
        String payrollNumber = unique("P");
        long id = planner.post("/api/employees", employeeBody(payrollNumber, contract, List.of())).id();
        var firstEdit = new HashMap<>(employeeBody(payrollNumber, contract, List.of()));
        firstEdit.put("version", 0);
        firstEdit.put("firstName", "Camille");
        assertThat(planner.put("/api/employees/" + id, firstEdit).json().path("version").asLong()).isEqualTo(1);

        var staleEdit = new HashMap<>(firstEdit);
        staleEdit.put("firstName", "Dominique");
        var response = planner.put("/api/employees/" + id, staleEdit);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(planner.get("/api/employees/" + id).json().path("firstName").asText()).isEqualTo("Camille");
    }

    @Test
    void updateWithoutVersionIsRefused() {
        var response = planner.put("/api/skills/" + fixtures.skill(), Map.of("code", unique("SK"), "name", "x"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("version");
    }

    @Test
    void availabilityEndingBeforeItStartsIsRefused() {
        var response = planner.post("/api/availability", availabilityBody(fixtures.employee(),
                "2026-12-02T08:00:00Z", "2026-12-01T08:00:00Z", "DESIRED", null));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("end");
    }

    @Test
    void unavailabilityNeedsAReason() {
        var response = planner.post("/api/availability", availabilityBody(fixtures.employee(),
                "2026-12-01T08:00:00Z", "2026-12-02T08:00:00Z", "UNAVAILABLE", null));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("reason");
    }

    @Test
    void overlappingLeaveSentAtOnceIsStoredOnce() {
        long employee = fixtures.employee();

        List<Integer> statuses = Concurrently.statuses(8, i -> planner.post("/api/availability", availabilityBody(
                employee, "2026-12-2" + i + "T08:00:00Z", "2026-12-29T08:00:00Z", "UNAVAILABLE", "PAID_LEAVE")));

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(ids(planner.get("/api/availability?employeeId=" + employee))).hasSize(1);
    }

    @Test
    void overlappingAvailabilityOfOneKindIsAConflictButOtherKindsMayOverlap() {
        long employee = fixtures.employee();
        fixtures.availability(employee);

        var overlap = planner.post("/api/availability", availabilityBody(employee,
                "2026-12-25T08:00:00Z", "2026-12-27T08:00:00Z", "UNAVAILABLE", "SICKNESS"));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.errorFields()).containsExactly("start");
        assertThat(ids(planner.get("/api/availability?employeeId=" + employee))).hasSize(1);

        var otherKind = planner.post("/api/availability", availabilityBody(employee,
                "2026-12-25T08:00:00Z", "2026-12-27T08:00:00Z", "UNDESIRED", null));
        assertThat(otherKind.status()).isEqualTo(201);
    }

    @Test
    void availabilityOutsideTheEmploymentIsRefusedAndNothingIsWritten() {
        var hired = new HashMap<>(employeeBody(unique("P"), fixtures.contract(), List.of()));
        hired.put("employmentStart", "2024-01-15");
        hired.put("employmentEnd", "2024-06-30");
        long employee = created(planner.post("/api/employees", hired));
        // Paris local days: the employment runs from 2024-01-14T23:00Z to 2024-06-30T22:00Z
        long firstDay = created(planner.post("/api/availability", availabilityBody(employee,
                "2024-01-14T23:00:00Z", "2024-01-15T23:00:00Z", "UNAVAILABLE", "TRAINING")));
        long lastDay = created(planner.post("/api/availability", availabilityBody(employee,
                "2024-06-29T22:00:00Z", "2024-06-30T22:00:00Z", "DESIRED", null)));
        var before = planner.get("/api/availability/" + lastDay).json();

        var beforeEmployment = planner.post("/api/availability", availabilityBody(employee,
                "2023-02-06T08:00:00Z", "2023-02-10T17:00:00Z", "UNAVAILABLE", "PAID_LEAVE"));
        var acrossStart = planner.post("/api/availability", availabilityBody(employee,
                "2024-01-14T22:59:00Z", "2024-01-16T08:00:00Z", "UNDESIRED", null));
        var afterEmployment = planner.post("/api/availability", availabilityBody(employee,
                "2024-06-30T20:00:00Z", "2024-06-30T22:01:00Z", "UNDESIRED", null));
        Map<String, Object> moved = availabilityBody(employee, "2024-07-01T08:00:00Z", "2024-07-02T08:00:00Z",
                "DESIRED", null);
        moved.put("version", before.path("version").asLong());
        var movedOut = planner.put("/api/availability/" + lastDay, moved);

        for (ApiResponse refused : List.of(beforeEmployment, acrossStart, afterEmployment, movedOut)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("employeeId");
        }
        assertThat(beforeEmployment.json().path("errors").get(0).path("reason").asText()).isEqualTo("employee "
                + employee + " is not employed from 2023-02-06 to 2023-02-10 (employed from 2024-01-15 to 2024-06-30)");
        assertThat(ids(planner.get("/api/availability?employeeId=" + employee))).containsExactly(firstDay, lastDay);
        assertThat(planner.get("/api/availability/" + lastDay).json()).isEqualTo(before);
    }

    @Test
    void unknownEmployeeForAvailabilityIsNamed() {
        var response = planner.post("/api/availability", availabilityBody(999_999,
                "2026-12-01T08:00:00Z", "2026-12-02T08:00:00Z", "DESIRED", null));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("employeeId");
    }

    @Test
    void skillCodesAreIdentifiersWithoutWhitespaceOrControlCharacters() {
        String suffix = unique("").substring(1);
        long skill = fixtures.skill();
        var before = planner.get("/api/skills/" + skill).json();

        List<ApiResponse> refused = new ArrayList<>();
        for (String code : List.of("X 1", " X" + suffix, "X" + suffix + " ", "X\t1", "X\n1", "X\u00A01",
                "X\u200B1", "X\u202E1", "X\u00001")) {
            refused.add(planner.post("/api/skills", Map.of("code", code, "name", "Refused " + suffix)));
        }
        refused.add(planner.put("/api/skills/" + skill, Map.of("code", "X 1", "name", "Renamed",
                "version", before.path("version").asLong())));
        ApiResponse accepted = planner.post("/api/skills", Map.of("code", "ÉCOUTE-FR_2." + suffix,
                "name", "Accepted " + suffix));
        // had "X<suffix> " been written, the database (comparing codes without trailing spaces) would refuse this one
        ApiResponse trimmed = planner.post("/api/skills", Map.of("code", "X" + suffix, "name", "Trimmed"));

        for (ApiResponse response : refused) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("code");
            assertThat(response.json().path("errors").get(0).path("reason").asText())
                    .isEqualTo("must not contain whitespace, control or invisible formatting characters or unpaired"
                            + " surrogates");
        }
        assertThat(planner.get("/api/skills/" + skill).json()).isEqualTo(before);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(trimmed.status()).as(trimmed.toString()).isEqualTo(201);
    }

    @Test
    void anUnpairedSurrogateIsNoTextInACodeOrAName() {
        String suffix = unique("").substring(1);

        // JSON escapes: Java would send such a string as "?", which is what the database made of it
        ApiResponse low = planner.post("/api/skills", "{\"code\":\"X\\udc00Y" + suffix + "\",\"name\":\"Low\"}");
        ApiResponse high = planner.post("/api/skills", "{\"code\":\"Q" + suffix + "\\ud800\",\"name\":\"High\"}");
        ApiResponse name = planner.post("/api/skills", "{\"code\":\"S" + suffix + "\",\"name\":\"ab\\ud800cd\"}");
        ApiResponse pair = planner.post("/api/skills", "{\"code\":\"E" + suffix + "\\ud83d\\ude00\","
                + "\"name\":\"Smile \\ud83d\\ude00\"}");

        for (ApiResponse refused : List.of(low, high)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).containsExactly("code");
        }
        assertThat(name.status()).as(name.toString()).isEqualTo(400);
        assertThat(name.errorFields()).containsExactly("name");
        assertThat(name.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must not contain control characters, line breaks or unpaired surrogates");
        assertThat(pair.status()).as(pair.toString()).isEqualTo(201);
        assertThat(pair.json().path("name").asText()).isEqualTo("Smile \ud83d\ude00");
    }

    @Test
    void duplicateSkillCodeIsAConflict() {
        String code = unique("SK");
        planner.post("/api/skills", Map.of("code", code, "name", "English"));

        var response = planner.post("/api/skills", Map.of("code", code, "name", "Anglais"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorFields()).containsExactly("code");
    }

    @Test
    void contractOrSkillStillHeldCannotBeDeleted() {
        long skill = fixtures.skill();
        long contract = fixtures.contract();
        long employee = fixtures.employee(contract, List.of(skill));

        assertThat(planner.delete("/api/contracts/" + contract).status()).isEqualTo(409);
        ApiResponse held = planner.delete("/api/skills/" + skill);
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("skill is held by 1 employee(s)");
        assertThat(planner.delete("/api/employees/" + employee).status()).isEqualTo(204);
        assertThat(planner.delete("/api/contracts/" + contract).status()).isEqualTo(204);
        assertThat(planner.delete("/api/skills/" + skill).status()).isEqualTo(204);
    }

    @Test
    void anEmployeeWithOnlyATimeEntryIsKeptAndTheConflictNamesIt() {
        long employee = fixtures.employee();
        long entry = timeEntry(employee, "2031-03-03T08:00:00Z", "2031-03-03T16:00:00Z");

        var refused = planner.delete("/api/employees/" + employee);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("errors")).hasSize(1);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("id");
        assertThat(refused.json().path("errors").get(0).path("reason").asText()).isEqualTo("has 1 time entry");
        assertThat(planner.get("/api/employees/" + employee).status()).isEqualTo(200);
        assertThat(api.as(Role.ADMIN).delete("/api/time-entries/" + entry).status()).isEqualTo(204);
        assertThat(planner.delete("/api/employees/" + employee).status()).isEqualTo(204);
    }

    @Test
    void anEmployeeOnARotaWithTimeEntriesIsKeptAndTheConflictNamesBoth() {
        long employee = fixtures.employee();
        timeEntry(employee, "2031-03-04T08:00:00Z", "2031-03-04T16:00:00Z");
        timeEntry(employee, "2031-03-05T08:00:00Z", "2031-03-05T16:00:00Z");
        long rota = created(planner.post("/api/rotas", Map.of("name", unique("Rota"), "firstDate", "2031-03-01",
                "lastDate", "2031-03-31")));
        long template = created(planner.post("/api/shift-templates", Map.of("name", "Day", "code", unique("D"),
                "startTime", "09:00", "durationMinutes", 480, "skillId", fixtures.skill(),
                "forbiddenSuccessorIds", List.of())));
        created(planner.post("/api/rotas/" + rota + "/shifts", Map.of("version", 0, "employeeId", employee,
                "shiftTemplateId", template, "date", "2031-03-10")));

        var refused = planner.delete("/api/employees/" + employee);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("id");
        assertThat(refused.json().path("errors").get(0).path("reason").asText())
                .startsWith("has ").contains("1 rota shift", "2 time entries", " and ");
        assertThat(refused.json().path("detail").asText()).contains("1 rota shift", "2 time entries");
        assertThat(planner.get("/api/employees/" + employee).status()).isEqualTo(200);
    }

    @Test
    void unknownIdIsNotFound() {
        var response = planner.get("/api/employees/999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void inconsistentContractRulesAreNamed() {
        var response = planner.post("/api/contracts", Map.of("name", unique("c"), "weeklyMinutes", 2100,
                "minConsecutiveWorkingDays", 4, "maxConsecutiveWorkingDays", 3));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("minConsecutiveWorkingDays");
    }

    @Test
    void contractedMinutesAboveTheWeeklyMaximumAreRefusedAndNothingIsWritten() {
        String name = unique("over");
        var overDefault = planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 3000));
        var overOwn = planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 2100,
                "weeklyMaxMinutes", 2000, "twelveWeekAverageMaxMinutes", 2000));

        assertThat(overDefault.status()).isEqualTo(422);
        assertThat(overDefault.errorFields()).containsExactly("weeklyMinutes");
        assertThat(overDefault.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("exceeds weeklyMaxMinutes 2880");
        assertThat(overOwn.status()).isEqualTo(422);
        assertThat(overOwn.errorFields()).containsExactly("weeklyMinutes");
        // the name is still free: neither refused contract was written
        assertThat(planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 2880)).status())
                .isEqualTo(201);
    }

    static Stream<Arguments> impossibleOrContradictoryContractRules() {
        return Stream.of(
                Arguments.of(Map.of("minRestBetweenShiftsMinutes", 5000), 400, "minRestBetweenShiftsMinutes",
                        "must be less than or equal to 1440"),
                Arguments.of(Map.of("weeklyRestMinutes", 20000), 400, "weeklyRestMinutes",
                        "must be less than or equal to 10080"),
                Arguments.of(Map.of("maxWorkingDaysPerWeek", 8), 400, "maxWorkingDaysPerWeek",
                        "must be less than or equal to 7"),
                Arguments.of(Map.of("dailyMaxMinutes", 600, "nightWorkerDailyMaxMinutes", 900), 422,
                        "nightWorkerDailyMaxMinutes", "exceeds dailyMaxMinutes 600"),
                Arguments.of(Map.of("twelveWeekAverageMaxMinutes", 2900), 422, "twelveWeekAverageMaxMinutes",
                        "exceeds weeklyMaxMinutes"),
                Arguments.of(Map.of("nightWorkerTwelveWeekAverageMaxMinutes", 20000), 400,
                        "nightWorkerTwelveWeekAverageMaxMinutes", "must be less than or equal to 10080"),
                Arguments.of(Map.of("nightWorkerTwelveWeekAverageMaxMinutes", 2700), 422,
                        "nightWorkerTwelveWeekAverageMaxMinutes", "exceeds twelveWeekAverageMaxMinutes 2640"),
                Arguments.of(Map.of("minConsecutiveWorkingDays", 4, "maxConsecutiveWorkingDays", 3), 422,
                        "minConsecutiveWorkingDays", "exceeds maxConsecutiveWorkingDays"),
                Arguments.of(Map.of("minMinutesPerPeriod", 6000, "maxMinutesPerPeriod", 5000), 422,
                        "minMinutesPerPeriod", "exceeds maxMinutesPerPeriod"));
    }

    @ParameterizedTest(name = "{2} {1}: {0}")
    @MethodSource("impossibleOrContradictoryContractRules")
    void impossibleOrContradictoryContractRulesAreNamedAndNothingIsWritten(Map<String, Object> rules, int status,
            String field, String reason) {
        String name = unique("rules");
        Map<String, Object> body = new HashMap<>(rules);
        body.put("name", name);
        body.put("weeklyMinutes", 2100);
        long existing = fixtures.contract();
        var before = planner.get("/api/contracts/" + existing).json();
        Map<String, Object> update = new HashMap<>(body);
        update.put("name", before.path("name").asText());
        update.put("version", before.path("version").asLong());

        var created = planner.post("/api/contracts", body);
        var updated = planner.put("/api/contracts/" + existing, update);

        for (ApiResponse refused : List.of(created, updated)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
            assertThat(refused.errorFields()).containsExactly(field);
            assertThat(refused.json().path("errors").get(0).path("reason").asText()).isEqualTo(reason);
        }
        assertThat(planner.get("/api/contracts/" + existing).json()).isEqualTo(before);
        // the name is still free: the refused contract was not written
        assertThat(planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 2100)).status())
                .isEqualTo(201);
    }

    @Test
    void fractionalMinutesAreRefusedNotTruncated() {
        String name = unique("fraction");
        long existing = fixtures.contract();
        var before = planner.get("/api/contracts/" + existing).json();

        var created = planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 1200.5));
        var rule = planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 1200,
                "dailyMaxMinutes", 420.25));
        var updated = planner.put("/api/contracts/" + existing, Map.of("name", before.path("name").asText(),
                "weeklyMinutes", 1200.5, "version", before.path("version").asLong()));
        var pointZero = planner.post("/api/contracts", "{\"name\":\"" + name + "\",\"weeklyMinutes\":1200.0}");

        for (ApiResponse refused : List.of(created, rule, updated, pointZero)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("reason").asText())
                    .isEqualTo("must be a whole number");
        }
        assertThat(created.errorFields()).containsExactly("weeklyMinutes");
        assertThat(rule.errorFields()).containsExactly("dailyMaxMinutes");
        assertThat(updated.errorFields()).containsExactly("weeklyMinutes");
        assertThat(pointZero.errorFields()).containsExactly("weeklyMinutes");
        assertThat(planner.get("/api/contracts/" + existing).json()).isEqualTo(before);
        // the name is still free: the refused contracts were not written
        assertThat(planner.post("/api/contracts", Map.of("name", name, "weeklyMinutes", 1200)).status())
                .isEqualTo(201);
    }

    @Test
    void aDailyMaximumBelowTheNightWorkersDefaultBoundsTheirsWhenTheRequestLeavesItOut() {
        var created = planner.post("/api/contracts", Map.of("name", unique("seven hours"), "weeklyMinutes", 1200,
                "dailyMaxMinutes", 420));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(planner.get("/api/contracts/" + created.id()).json().path("nightWorkerDailyMaxMinutes").asInt())
                .isEqualTo(420);
    }

    @Test
    void anAverageBelowTheNightWorkersDefaultBoundsTheirsWhenTheRequestLeavesItOut() {
        var created = planner.post("/api/contracts", Map.of("name", unique("thirty-five average"),
                "weeklyMinutes", 1200, "twelveWeekAverageMaxMinutes", 2100));
        var atTheAverage = planner.post("/api/contracts", Map.of("name", unique("night average"),
                "weeklyMinutes", 1200, "nightWorkerTwelveWeekAverageMaxMinutes", 2640));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(planner.get("/api/contracts/" + created.id()).json()
                .path("nightWorkerTwelveWeekAverageMaxMinutes").asInt()).isEqualTo(2100);
        assertThat(atTheAverage.status()).as(atTheAverage.toString()).isEqualTo(201);
        assertThat(atTheAverage.json().path("nightWorkerTwelveWeekAverageMaxMinutes").asInt()).isEqualTo(2640);
    }

    @Test
    void contractRulesAtTheirBoundsAreAccepted() {
        var created = planner.post("/api/contracts", Map.of("name", unique("bounds"), "weeklyMinutes", 2100,
                "minRestBetweenShiftsMinutes", 1440, "weeklyRestMinutes", 10080, "maxWorkingDaysPerWeek", 7,
                "dailyMaxMinutes", 720, "nightWorkerDailyMaxMinutes", 720));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var read = planner.get("/api/contracts/" + created.id()).json();
        assertThat(read.path("minRestBetweenShiftsMinutes").asInt()).isEqualTo(1440);
        assertThat(read.path("weeklyRestMinutes").asInt()).isEqualTo(10080);
        assertThat(read.path("nightWorkerDailyMaxMinutes").asInt()).isEqualTo(720);
    }

    private static List<Long> ids(ApiResponse page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().path("items").findValues("id").stream().map(node -> node.asLong()).toList();
    }

    private long timeEntry(long employee, String start, String end) {
        return created(api.as(Role.ADMIN).post("/api/time-entries", Map.of("employeeId", employee, "start", start,
                "end", end, "kind", "WORKED")));
    }

    private static long created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }
}
