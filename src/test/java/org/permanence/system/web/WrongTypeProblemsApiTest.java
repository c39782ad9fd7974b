package org.permanence.system.web;

import java.util.HashMap;
import java.util.List;
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
    void datesMonthsAndInstantsInPathsAndQueriesAreIsoAndInTheSupportedYears() {
        String years = "must be in the years 1900 to 2999";

        assertExplained(api.as(Role.MANAGER).post("/api/payroll/0000-01/confirm", null), "month", years);
        assertExplained(api.as(Role.HR).post("/api/payroll/9999-12/close", null), "month", years);
        assertExplained(api.as(Role.ADMIN).post("/api/payroll/-0001-01/confirm", null), "month", years);
        assertExplained(api.as(Role.HR).get("/api/payroll/+10000-01"), "month", years);
        assertExplained(api.as(Role.HR).get("/api/time-entries?month=1899-12"), "month", years);
        assertExplained(api.as(Role.HR).get("/api/employees?activeOn=9999-12-31"), "activeOn", years);
        assertExplained(api.as(Role.HR).get("/api/staffing-needs/requirements?from=0000-01-01&to=2027-01-02"), "from",
                years);
        assertExplained(api.as(Role.HR).get("/api/availability?from=0000-01-01T00:00:00Z"), "from", years);
        assertExplained(api.as(Role.HR).get("/api/availability?to=1700000000000"), "to",
                "must be an ISO-8601 instant such as 2026-12-24T08:00:00Z");
        assertExplained(api.as(Role.HR).get("/api/employees?activeOn=12/24/26"), "activeOn",
                "must be an ISO-8601 date such as 2026-12-24");

        assertThat(api.as(Role.HR).get("/api/employees?activeOn=2999-12-31").status()).isEqualTo(200);
        assertThat(api.as(Role.HR).get("/api/availability?from=2027-01-01T08:00:00%2B01:00&to=2999-12-31T23:59:59Z")
                .status()).isEqualTo(200);
        assertThat(api.as(Role.HR).get("/api/staffing-needs/requirements?from=1900-01-01&to=1900-01-01").status())
                .isEqualTo(200);
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

    @Test
    void anEnumIsItsNameNeverItsPosition() {
        ApiResponse ordinal = api.as(Role.ADMIN).post("/api/users", Map.of("username", "ordinal-role",
                "password", "long-enough-password-1", "roles", List.of(0)));

        assertExplained(ordinal, "roles[0]", "must be one of ADMIN, PLANNER, MANAGER, HR, EMPLOYEE");
        assertThat(api.as(Role.ADMIN).get("/api/users/ordinal-role").status()).isEqualTo(404);
        assertExplained(api.as(Role.PLANNER).post("/api/shift-requests", Map.of("employeeId", 1, "date", "2027-02-12",
                "kind", 0)), "kind", "must be one of ON, OFF");
        for (Object position : new Object[] {2, "2", ""}) {
            assertExplained(api.as(Role.PLANNER).post("/api/availability", Map.of("employeeId", 1,
                    "start", "2027-07-01T08:00:00Z", "end", "2027-07-01T12:00:00Z", "kind", position)), "kind",
                    "must be one of UNAVAILABLE, UNDESIRED, DESIRED");
        }
    }

    @Test
    void scalarsAreNeverConvertedFromAnotherJsonType() {
        TestApi.Client planner = api.as(Role.PLANNER);
        Map<String, Object> contract = Map.of("name", "Strict types", "weeklyMinutes", 1680);

        assertExplained(planner.post("/api/skills", Map.of("code", 123, "name", "Numeric")), "code", "must be a text");
        assertExplained(planner.post("/api/skills", Map.of("code", "BOOLNAME", "name", true)), "name",
                "must be a text");
        assertExplained(planner.post("/api/contracts", with(contract, "weeklyMinutes", "1680")), "weeklyMinutes",
                "must be a whole number");
        assertExplained(planner.post("/api/contracts", with(contract, "weeklyMinutes", " 1680 ")), "weeklyMinutes",
                "must be a whole number");
        assertExplained(planner.post("/api/contracts", with(contract, "dailyMaxMinutes", "")), "dailyMaxMinutes",
                "must be a whole number");
        assertExplained(planner.post("/api/contracts", with(contract, "nightWorkAllowed", 1)), "nightWorkAllowed",
                "must be true or false");
        assertExplained(planner.post("/api/contracts", with(contract, "nightWorkAllowed", "true")), "nightWorkAllowed",
                "must be true or false");
        assertExplained(planner.post("/api/contracts", with(contract, "nightWorkAllowed", "")), "nightWorkAllowed",
                "must be true or false");
        assertThat(planner.get("/api/contracts?size=500").json().path("items").findValuesAsText("name"))
                .doesNotContain("Strict types");
    }

    @Test
    void datesTimesAndInstantsAreIsoTextOnly() {
        TestApi.Client planner = api.as(Role.PLANNER);
        Map<String, Object> employee = Map.of("payrollNumber", "P-ISO", "firstName", "Claire", "lastName", "Moreau",
                "contractId", 1, "employmentStart", "2025-09-01");
        Map<String, Object> leave = Map.of("employeeId", 1, "start", "2027-03-01T08:00:00Z",
                "end", "2027-03-02T08:00:00Z", "kind", "UNAVAILABLE", "reason", "PAID_LEAVE");

        for (Object instant : new Object[] {1700000000, 1700000000.5, "1700000000", List.of(), ""}) {
            assertExplained(planner.post("/api/availability", with(leave, "start", instant)), "start",
                    "must be an ISO-8601 instant such as 2026-12-24T08:00:00Z");
        }
        for (Object date : new Object[] {List.of(), List.of(2026, 1, 1), 20000, "", "2026-01-01T23:30:00Z",
                "2026-01-01T23:30:00"}) {
            assertExplained(planner.post("/api/employees", with(employee, "employmentEnd", date)), "employmentEnd",
                    "must be an ISO-8601 date such as 2026-12-24");
        }
        assertExplained(planner.post("/api/staffing-needs/day-overrides", Map.of("date", "2027-01-01T23:30:00Z",
                "staffedAs", "SUNDAY")), "date", "must be an ISO-8601 date such as 2026-12-24");
        for (Object time : new Object[] {List.of(), List.of(21, 0), 3600, ""}) {
            assertExplained(api.as(Role.ADMIN).post("/api/payroll/rule-sets", Map.of("name", "Array night",
                    "nightStart", time)), "nightStart", "must be a time of day such as 08:00");
        }
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        assertExplained(api.as(Role.ADMIN).post("/api/users",
                "{\"username\":\"twice\",\"password\":\"long-enough-password-1\",\"roles\":[\"HR\"],"
                        + "\"roles\":[\"ADMIN\"]}"), "roles", "is given more than once; give it once");
        assertExplained(api.as(Role.PLANNER).put("/api/rotas/1/constraint-weights",
                "{\"weights\":[{\"constraintName\":\"Understaffing\",\"hard\":0,\"medium\":1,\"soft\":0,"
                        + "\"medium\":0}]}"), "weights[0].medium", "is given more than once; give it once");
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
