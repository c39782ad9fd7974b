package org.permanence.payroll.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.permanence.planning.RotaVersions;
import org.permanence.rota.Rota;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.payroll.web.PayrollFixtures.worked;

/** Month life cycle and import edge cases, each in a month of 2030 that no other test uses. */
@IntegrationTest
class PayrollMonthApiTest {

    @Autowired
    TestApi api;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaVersions versions;

    @Test
    void changingAnEntryOfAConfirmedMonthPutsItBackToOpenAndSaysWhy() {
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long employee = fixtures.employee(fixtures.contract(2100), List.of()).id();
        long entry = fixtures.entry(worked(employee, "2030-03-12T08:00:00Z", "2030-03-12T15:00:00Z"));
        assertThat(api.as(Role.MANAGER).post("/api/payroll/2030-03/confirm", null).json().path("status").asText())
                .isEqualTo("CONFIRMED");

        assertThat(api.as(Role.MANAGER).delete("/api/time-entries/" + entry).status()).isEqualTo(204);

        JsonNode month = api.as(Role.HR).get("/api/payroll/2030-03").json();
        assertThat(month.path("status").asText()).isEqualTo("OPEN");
        assertThat(month.path("provisional").asBoolean()).isTrue();
        assertThat(month.path("events").findValuesAsText("action")).containsExactly("CONFIRMED", "UNCONFIRMED");
        assertThat(month.path("events").get(1).path("reason").asText()).contains("time entry " + entry);
    }

    @Test
    void aClosedMonthKeepsItsFiguresWhenAContractOrTheActiveRuleSetChangesUntilItIsReopened() {
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long partTime = fixtures.contract(24 * 60);
        long longerPartTime = fixtures.contract(28 * 60);
        long employee = fixtures.employee(partTime, List.of()).id();
        // 30 h in the week of Monday 16 September 2030: 6 h above the 24 h contract
        for (int day = 16; day <= 20; day++) {
            fixtures.entry(worked(employee, "2030-09-" + day + "T07:00:00Z", "2030-09-" + day + "T13:00:00Z"));
        }
        assertThat(api.as(Role.MANAGER).post("/api/payroll/2030-09/confirm", null).status()).isEqualTo(200);
        assertThat(api.as(Role.HR).post("/api/payroll/2030-09/close", null).status()).isEqualTo(200);
        JsonNode closed = minutesOf(employee, "2030-09");
        assertThat(closed.path("COMPLEMENTARY_FIRST_TIER").asLong()).as("1/10 of 24 h").isEqualTo(144);
        assertThat(closed.path("PART_TIME_EXCESS").asLong()).as("beyond the Labour Code's 1/10 cap").isEqualTo(216);

        ObjectNode amended = (ObjectNode) api.as(Role.ADMIN).get("/api/employees/" + employee).json();
        amended.put("contractId", longerPartTime);
        ApiResponse amendment = api.as(Role.ADMIN).put("/api/employees/" + employee, amended);
        assertThat(amendment.status()).as(amendment.toString()).isEqualTo(200);
        long defaultRuleSet = activeRuleSetId();
        long otherRuleSet = api.as(Role.ADMIN).post("/api/payroll/rule-sets",
                Map.of("name", PayrollFixtures.unique("Accord 2030"))).id();
        ApiResponse editedDefault;
        try {
            assertThat(api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + otherRuleSet + "/activate", null)
                    .status()).isEqualTo(200);

            assertThat(minutesOf(employee, "2030-09")).isEqualTo(closed);
            assertThat(api.as(Role.HR).get("/api/payroll/2030-09").json().path("ruleSet").asText())
                    .isEqualTo(api.as(Role.HR).get("/api/payroll/rule-sets/" + defaultRuleSet).json().path("name")
                            .asText());
            JsonNode ruleSet = api.as(Role.ADMIN).get("/api/payroll/rule-sets/" + defaultRuleSet).json();
            editedDefault = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + defaultRuleSet, ruleSet);
        } finally {
            api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + defaultRuleSet + "/activate", null);
        }
        assertThat(editedDefault.status()).as(editedDefault.toString()).isEqualTo(409);
        assertThat(editedDefault.errorFields()).containsExactly("id");
        assertThat(editedDefault.json().path("detail").asText()).contains("2030-09");

        assertThat(api.as(Role.ADMIN).post("/api/payroll/2030-09/reopen", Map.of("reason", "amendment from 1 Sept"))
                .status()).isEqualTo(200);
        JsonNode reopened = minutesOf(employee, "2030-09");
        assertThat(reopened.path("COMPLEMENTARY_FIRST_TIER").asLong()).as("30 h against 28 h").isEqualTo(120);
        assertThat(reopened.path("PART_TIME_EXCESS").asLong()).isZero();
    }

    @Test
    void aClosedMonthLocksTheWeeksOfTheRuleSetItWasClosedWithWhicheverIsActiveNow() {
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long employee = fixtures.employee(fixtures.contract(2100), List.of()).id();
        fixtures.entry(worked(employee, "2031-06-10T07:00:00Z", "2031-06-10T14:00:00Z"));
        long defaultRuleSet = activeRuleSetId();
        long proRata = api.as(Role.ADMIN).post("/api/payroll/rule-sets", Map.of("name",
                PayrollFixtures.unique("Pro rata 2031"), "straddlingWeekPolicy", "PRO_RATA")).id();
        try {
            api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + proRata + "/activate", null);
            assertThat(api.as(Role.MANAGER).post("/api/payroll/2031-06/confirm", null).status()).isEqualTo(200);
            assertThat(api.as(Role.HR).post("/api/payroll/2031-06/close", null).status()).isEqualTo(200);
        } finally {
            api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + defaultRuleSet + "/activate", null);
        }
        JsonNode closed = minutesOf(employee, "2031-06");

        // Monday 30 June 2031: closed June reads it pro rata; the active rule set would report its week in July.
        ApiResponse intoClosedJune = api.as(Role.HR).post("/api/time-entries",
                worked(employee, "2031-06-30T07:00:00Z", "2031-06-30T14:00:00Z"));

        assertThat(intoClosedJune.status()).as(intoClosedJune.toString()).isEqualTo(409);
        assertThat(intoClosedJune.errorFields()).containsExactly("month");
        assertThat(intoClosedJune.json().path("detail").asText()).contains("2031-06");
        assertThat(minutesOf(employee, "2031-06")).isEqualTo(closed);
    }

    @Test
    void aLeaversLastWeekIsReportedInTheMonthTheyLeaveAndLockedWithIt() {
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long fullTime = fixtures.contract(2100);
        long leaver = fixtures.employee(fullTime, List.of(), "2025-09-01", "2033-09-30").id();
        long stayer = fixtures.employee(fullTime, List.of()).id();
        // Monday 26 to Friday 30 September 2033, 8 h a day: the week ends on Sunday 2 October.
        List<Long> leaversEntries = new java.util.ArrayList<>();
        for (int day = 26; day <= 30; day++) {
            leaversEntries.add(fixtures.entry(worked(leaver, "2033-09-" + day + "T07:00:00Z",
                    "2033-09-" + day + "T15:00:00Z")));
            fixtures.entry(worked(stayer, "2033-09-" + day + "T07:00:00Z", "2033-09-" + day + "T15:00:00Z"));
        }

        JsonNode september = api.as(Role.HR).get("/api/payroll/2033-09").json();
        JsonNode october = api.as(Role.HR).get("/api/payroll/2033-10").json();

        assertThat(september.path("payPeriodLastDay").asText()).isEqualTo("2033-09-25");
        JsonNode leaverInSeptember = rowOf(september, leaver);
        assertThat(leaverInSeptember.path("payPeriodLastDay").asText()).isEqualTo("2033-09-30");
        assertThat(leaverInSeptember.path("minutes").path("WORKED").asLong()).isEqualTo(40 * 60);
        assertThat(leaverInSeptember.path("minutes").path("OVERTIME_FIRST_TIER").asLong()).isEqualTo(5 * 60);
        assertThat(rowOf(september, stayer).path("minutes").path("WORKED").asLong()).isZero();
        assertThat(october.path("employees").findValuesAsText("employeeId")).as("paid in September")
                .doesNotContain(String.valueOf(leaver)).contains(String.valueOf(stayer));
        assertThat(rowOf(october, stayer).path("minutes").path("WORKED").asLong()).isEqualTo(40 * 60);
        String csv = new String(api.as(Role.HR).download("/api/payroll/2033-09/export.csv").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(";HS25;29/08/2033;30/09/2033;5,00;");

        assertThat(api.as(Role.MANAGER).post("/api/payroll/2033-09/confirm", null).status()).isEqualTo(200);
        assertThat(api.as(Role.HR).post("/api/payroll/2033-09/close", null).status()).isEqualTo(200);
        ApiResponse intoClosedSeptember = api.as(Role.MANAGER).delete("/api/time-entries/" + leaversEntries.get(4));
        assertThat(intoClosedSeptember.status()).as(intoClosedSeptember.toString()).isEqualTo(409);
        assertThat(intoClosedSeptember.json().path("detail").asText()).contains("2033-09");
        assertThat(rowOf(api.as(Role.HR).get("/api/payroll/2033-09").json(), leaver).path("minutes").path("WORKED")
                .asLong()).isEqualTo(40 * 60);

        // Closed September paid the last week: a later end would pay it again in October.
        ObjectNode employee = (ObjectNode) api.as(Role.ADMIN).get("/api/employees/" + leaver).json();
        ApiResponse stayingLonger = api.as(Role.ADMIN).put("/api/employees/" + leaver,
                employee.put("employmentEnd", "2033-10-31"));
        assertThat(stayingLonger.status()).as(stayingLonger.toString()).isEqualTo(409);
        assertThat(stayingLonger.errorFields()).containsExactly("employmentEnd");
        assertThat(stayingLonger.json().path("detail").asText()).contains("payroll month 2033-09 is closed");
        assertThat(api.as(Role.HR).get("/api/payroll/2033-10").json().path("employees").findValuesAsText("employeeId"))
                .doesNotContain(String.valueOf(leaver));
    }

    private static JsonNode rowOf(JsonNode month, long employee) {
        for (JsonNode row : month.path("employees")) {
            if (row.path("employeeId").asLong() == employee) {
                return row;
            }
        }
        throw new AssertionError("employee " + employee + " is not in " + month.path("month").asText());
    }

    private JsonNode minutesOf(long employee, String month) {
        for (JsonNode row : api.as(Role.HR).get("/api/payroll/" + month).json().path("employees")) {
            if (row.path("employeeId").asLong() == employee) {
                return row.path("minutes");
            }
        }
        throw new AssertionError("employee " + employee + " is not in " + month);
    }

    private long activeRuleSetId() {
        for (JsonNode ruleSet : api.as(Role.ADMIN).get("/api/payroll/rule-sets").json()) {
            if (ruleSet.path("active").asBoolean()) {
                return ruleSet.path("id").asLong();
            }
        }
        throw new AssertionError("no active rule set");
    }

    @Test
    void monthStateChangesOutOfOrderAreConflictsAndBadInputIsNamed() {
        assertThat(api.as(Role.ADMIN).post("/api/payroll/2030-04/reopen", Map.of("reason", "why not"))
                .errorFields()).containsExactly("month");
        assertThat(api.as(Role.HR).post("/api/payroll/2030-04/close", null).status()).isEqualTo(200);
        ApiResponse closedTwice = api.as(Role.HR).post("/api/payroll/2030-04/close", null);
        assertThat(closedTwice.status()).isEqualTo(409);
        assertThat(closedTwice.errorFields()).containsExactly("month");
        assertThat(api.as(Role.MANAGER).post("/api/payroll/2030-04/confirm", null).status()).isEqualTo(409);
        assertThat(api.as(Role.MANAGER).post("/api/payroll/2030-05/confirm?skillId=987654321", null).errorFields())
                .containsExactly("skillId");
        ApiResponse badMonth = api.as(Role.HR).get("/api/payroll/2030-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.errorFields()).containsExactly("month");
    }

    @Test
    void importSkipsPublishedShiftsThatOverlapAnEntryOrTouchAClosedMonth() {
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long skill = fixtures.skill();
        long employee = fixtures.employee(fixtures.contract(2100), List.of(skill)).id();
        long day = fixtures.shiftTemplate(skill, LocalTime.of(9, 0), 8 * 60);
        Rota rota = rotas.create(PayrollFixtures.unique("Summer 2030"), LocalDate.of(2030, 6, 24),
                LocalDate.of(2030, 7, 31));
        long overlapping = rotas.addShift(rota.id(), employee, day, LocalDate.of(2030, 7, 9)).id();
        long free = rotas.addShift(rota.id(), employee, day, LocalDate.of(2030, 7, 10)).id();
        long inClosedJune = rotas.addShift(rota.id(), employee, day, LocalDate.of(2030, 6, 25)).id();
        versions.publish(rota.id(), "manager", "summer");
        long manual = fixtures.entry(worked(employee, "2030-07-09T06:00:00Z", "2030-07-09T08:00:00Z"));
        assertThat(api.as(Role.HR).post("/api/payroll/2030-06/close", null).status()).isEqualTo(200);

        ApiResponse july = api.as(Role.HR).post("/api/time-entries/from-published?month=2030-07", null);
        ApiResponse june = api.as(Role.HR).post("/api/time-entries/from-published?month=2030-06", null);

        assertThat(july.status()).as(july.toString()).isEqualTo(200);
        assertThat(shiftIds(july.json().path("skipped"))).contains(String.valueOf(overlapping));
        assertThat(reasonFor(july.json().path("skipped"), overlapping)).contains("time entry " + manual);
        assertThat(shiftIds(june.json().path("skipped"))).contains(String.valueOf(inClosedJune));
        assertThat(reasonFor(june.json().path("skipped"), inClosedJune)).contains("2030-06 is closed");
        JsonNode entries = api.as(Role.HR).get("/api/time-entries?employeeId=" + employee).json().path("items");
        assertThat(entries.findValuesAsText("publishedShiftId"))
                .containsExactlyInAnyOrder("null", String.valueOf(free));
    }

    @Test
    void importingWithoutAMonthIsRefusedNamingIt() {
        ApiResponse noMonth = api.as(Role.HR).post("/api/time-entries/from-published", null);

        assertThat(noMonth.status()).isEqualTo(400);
        assertThat(noMonth.errorFields()).containsExactly("month");
    }

    private static List<String> shiftIds(JsonNode skipped) {
        return skipped.findValuesAsText("shiftId");
    }

    private static String reasonFor(JsonNode skipped, long shiftId) {
        for (JsonNode shift : skipped) {
            if (shift.path("shiftId").asLong() == shiftId) {
                return shift.path("reason").asText();
            }
        }
        throw new AssertionError("shift " + shiftId + " not skipped: " + skipped);
    }
}
