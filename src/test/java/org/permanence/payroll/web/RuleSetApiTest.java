package org.permanence.payroll.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Download;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.payroll.web.PayrollFixtures.unique;

@IntegrationTest
class RuleSetApiTest {

    @Autowired
    TestApi api;
    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> named(String name) {
        return new HashMap<>(Map.of("name", name));
    }

    @Test
    void theSeededDefaultRuleSetIsActiveWithTheLabourCodeDefaultsAndHrReadsIt() {
        ApiResponse list = api.as(Role.HR).get("/api/payroll/rule-sets");

        assertThat(list.status()).isEqualTo(200);
        JsonNode active = null;
        for (JsonNode ruleSet : list.json()) {
            if (ruleSet.path("active").asBoolean()) {
                assertThat(active).as("one active rule set").isNull();
                active = ruleSet;
            }
        }
        assertThat(active).isNotNull();
        assertThat(active.path("name").asText()).isEqualTo("Code du travail");
        assertThat(active.path("legalWeeklyMinutes").asInt()).isEqualTo(2100);
        assertThat(active.path("overtimeFirstTierRatePercent").asInt()).isEqualTo(25);
        assertThat(active.path("complementaryFirstTierShare").asText()).isEqualTo("1/10");
        assertThat(active.path("complementaryCapShare").asText()).as("1/3 only by accord").isEqualTo("1/10");
        assertThat(active.path("nightStart").asText()).isEqualTo("21:00");
        assertThat(active.path("nightEnd").asText()).isEqualTo("06:00");
        assertThat(active.path("straddlingWeekPolicy").asText()).isEqualTo("WEEK_END_MONTH");
        assertThat(active.path("csvDecimalSeparator").asText()).isEqualTo(",");
        assertThat(active.path("payrollCodes").path("NORMAL").asText()).isEqualTo("HN");
        assertThat(active.path("payrollCodes").path("NIGHT_SHIFTS").asText()).isEqualTo("NBNUIT");
        assertThat(active.path("payrollCodes").has("WORKED")).isFalse();
    }

    @Test
    void adminCreatesAnAccordRuleSetWhoseMissingFieldsTakeTheDefaults() {
        Map<String, Object> body = named(unique("CCN 66"));
        body.put("complementaryCapShare", "1/10");
        body.put("nightStart", "22:00");
        body.put("nightEnd", "07:00");
        body.put("alsaceMoselle", true);
        body.put("payrollTool", "Silae");
        body.put("payrollCodes", Map.of("NORMAL", "1000", "OVERTIME_FIRST_TIER", "1100"));
        body.put("csvDecimalSeparator", ".");

        ApiResponse created = api.as(Role.ADMIN).post("/api/payroll/rule-sets", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(json.path("active").asBoolean()).isFalse();
        assertThat(json.path("version").asLong()).isZero();
        assertThat(json.path("complementaryCapShare").asText()).isEqualTo("1/10");
        assertThat(json.path("overtimeSecondTierRatePercent").asInt()).isEqualTo(50);
        assertThat(json.path("nightStart").asText()).isEqualTo("22:00");
        assertThat(json.path("payrollCodes").size()).isEqualTo(2);
        assertThat(api.as(Role.HR).get("/api/payroll/rule-sets/" + created.id()).json().path("payrollTool").asText())
                .isEqualTo("Silae");
    }

    @Test
    void breachesOfTheRulesAreRefusedWith422NamingEachField() {
        Map<String, Object> body = named(unique("Bad accord"));
        body.put("complementaryCapShare", "1/2");
        body.put("nightStart", "21:00");
        body.put("nightEnd", "21:00");
        body.put("complementaryFirstTierRatePercent", -5);
        body.put("overtimeSecondTierRatePercent", 5);
        body.put("csvDecimalSeparator", ";");
        body.put("extraHolidays", java.util.List.of("05-27", "13-40"));
        body.put("payrollCodes", Map.of("NORMAL", "H;N"));

        ApiResponse refused = api.as(Role.ADMIN).post("/api/payroll/rule-sets", body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("complementaryCapShare", "nightEnd",
                "complementaryFirstTierRatePercent", "overtimeSecondTierRatePercent", "csvDecimalSeparator",
                "extraHolidays", "payrollCodes.NORMAL");
    }

    @Test
    void theNightWindowIsOnWholeMinutesLikeEveryOtherTimeOfDay() {
        String name = unique("Seconds");
        Map<String, Object> seconds = named(name);
        seconds.put("nightStart", "21:00:59");
        seconds.put("nightEnd", "06:00");
        Map<String, Object> fraction = named(name);
        fraction.put("nightEnd", "06:00:00.5");

        ApiResponse withSeconds = api.as(Role.ADMIN).post("/api/payroll/rule-sets", seconds);
        ApiResponse withFraction = api.as(Role.ADMIN).post("/api/payroll/rule-sets", fraction);

        assertThat(withSeconds.status()).isEqualTo(400);
        assertThat(withSeconds.errorFields()).containsExactly("nightStart");
        assertThat(withSeconds.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must be on a whole minute (no seconds)");
        assertThat(withFraction.status()).isEqualTo(400);
        assertThat(withFraction.errorFields()).containsExactly("nightEnd");
        assertThat(api.as(Role.HR).get("/api/payroll/rule-sets").json().findValuesAsText("name")).doesNotContain(name);
    }

    @Test
    void aCsvDatePatternThatCannotFormatADateIsRefusedOnCreateAndUpdate() {
        Map<String, Object> withTime = named(unique("Time pattern"));
        withTime.put("csvDatePattern", "dd/MM/yyyy HH:mm");
        String name = unique("Date pattern");
        long id = api.as(Role.ADMIN).post("/api/payroll/rule-sets", named(name)).id();
        Map<String, Object> change = named(name);
        change.put("version", 0);

        ApiResponse created = api.as(Role.ADMIN).post("/api/payroll/rule-sets", withTime);
        change.put("csvDatePattern", "HH:mm");
        ApiResponse updated = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + id, change);
        change.put("csvDatePattern", "MM/yyyy");
        ApiResponse withoutDay = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + id, change);
        change.put("csvDatePattern", "dd'\"'MM'\"'yyyy");
        ApiResponse withQuotes = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + id, change);
        change.put("csvDatePattern", "yyyy-MM-dd");
        ApiResponse iso = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + id, change);

        assertThat(created.status()).isEqualTo(422);
        assertThat(created.errorFields()).containsExactly("csvDatePattern");
        assertThat(created.json().path("errors").get(0).path("reason").asText())
                .startsWith("must format a date: ").contains("HourOfDay");
        assertThat(updated.status()).isEqualTo(422);
        assertThat(updated.errorFields()).containsExactly("csvDatePattern");
        assertThat(withoutDay.status()).isEqualTo(422);
        assertThat(withoutDay.json().path("errors").get(0).path("reason").asText())
                .startsWith("must write the day, month and year");
        assertThat(withQuotes.status()).isEqualTo(422);
        assertThat(withQuotes.errorFields()).containsExactly("csvDatePattern");
        assertThat(iso.status()).as(iso.toString()).isEqualTo(200);
        assertThat(iso.json().path("csvDatePattern").asText()).isEqualTo("yyyy-MM-dd");
        assertThat(iso.json().path("version").asLong()).as("the refused updates changed nothing").isEqualTo(1);
        assertThat(api.as(Role.HR).get("/api/payroll/rule-sets").json().findValuesAsText("name"))
                .doesNotContain((String) withTime.get("name"));
    }

    @Test
    void nothingOfTheRuleSetCanWriteASpreadsheetFormulaIntoTheCsv() {
        Map<String, Object> formulas = named(unique("Formulas"));
        formulas.put("payrollCodes", Map.of("NORMAL", "=1+1", "NIGHT", "@SUM(A1)", "SUNDAY", "-2+3",
                "PUBLIC_HOLIDAY", "H N", "MAY_DAY", "+1"));
        Map<String, Object> shared = named(unique("Shared code"));
        shared.put("payrollCodes", Map.of("NORMAL", "HN", "NIGHT", "hn", "SUNDAY", "HDIM"));

        ApiResponse codes = api.as(Role.ADMIN).post("/api/payroll/rule-sets", formulas);
        ApiResponse twice = api.as(Role.ADMIN).post("/api/payroll/rule-sets", shared);

        assertThat(codes.status()).isEqualTo(422);
        assertThat(codes.errorFields()).containsExactlyInAnyOrder("payrollCodes.NORMAL", "payrollCodes.NIGHT",
                "payrollCodes.SUNDAY", "payrollCodes.PUBLIC_HOLIDAY", "payrollCodes.MAY_DAY");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.errorFields()).containsExactly("payrollCodes.NIGHT");
        assertThat(twice.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("is already the code of NORMAL; give each category its own code");
        for (String pattern : new String[] {"'='dd/MM/yyyy", "-dd/MM/yyyy", " dd/MM/yyyy", "dd/MM/yyyy\u2028",
                "dd/MM/yyyy[ HH]", "1dd/MM/yyyy"}) {
            Map<String, Object> body = named(unique("Pattern"));
            body.put("csvDatePattern", pattern);

            ApiResponse refused = api.as(Role.ADMIN).post("/api/payroll/rule-sets", body);

            assertThat(refused.status()).as(pattern + " " + refused).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("csvDatePattern");
        }
    }

    @Test
    void theNameAndThePayrollToolAreOneLineOfText() {
        Map<String, Object> body = named("Accord\n2027");
        body.put("payrollTool", "Silae\u0000");

        ApiResponse refused = api.as(Role.ADMIN).post("/api/payroll/rule-sets", body);
        ApiResponse surrogate = api.as(Role.ADMIN).post("/api/payroll/rule-sets", "{\"name\":\"Accord \\udc00\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("name", "payrollTool");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.errorFields()).containsExactly("name");
    }

    @Test
    void aStoredCodeThatIsNotACodeFailsTheExportBeforeWritingAnything() {
        long defaultId = activeId();
        long id = api.as(Role.ADMIN).post("/api/payroll/rule-sets", named(unique("Code stored unchecked"))).id();
        // As an earlier version let it be stored.
        jdbc.update("UPDATE payroll_rule_set_code SET code = '=1+1' WHERE rule_set_id = ? AND pay_item = 'NIGHT'", id);
        try {
            assertThat(api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + id + "/activate", null).status())
                    .isEqualTo(200);

            Download export = api.as(Role.HR).download("/api/payroll/2027-03/export.csv");

            assertThat(export.status()).isEqualTo(409);
            assertThat(export.contentType()).startsWith("application/problem+json");
            assertThat(new String(export.body(), StandardCharsets.UTF_8))
                    .contains("\"field\":\"payrollCodes.NIGHT\"").contains("(=1+1)");
        } finally {
            jdbc.update("UPDATE payroll_rule_set SET active = (id = ?)", defaultId);
        }
    }

    @Test
    void aStoredDatePatternThatCannotFormatADateFailsTheExportBeforeWritingAnything() {
        long defaultId = activeId();
        long id = api.as(Role.ADMIN).post("/api/payroll/rule-sets", named(unique("Stored before the check"))).id();
        // As an earlier version let it be stored.
        jdbc.update("UPDATE payroll_rule_set SET csv_date_pattern = 'dd/MM/yyyy HH:mm' WHERE id = ?", id);
        try {
            assertThat(api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + id + "/activate", null).status())
                    .isEqualTo(200);

            Download export = api.as(Role.HR).download("/api/payroll/2027-03/export.csv");

            assertThat(export.status()).isEqualTo(409);
            assertThat(export.contentType()).startsWith("application/problem+json");
            assertThat(export.contentDisposition()).isEmpty();
            assertThat(new String(export.body(), StandardCharsets.UTF_8))
                    .contains("\"field\":\"csvDatePattern\"").contains("must format a date");
        } finally {
            // Through the database: a cut export can break the HTTP connection, and the other tests need the default.
            jdbc.update("UPDATE payroll_rule_set SET active = (id = ?)", defaultId);
        }
    }

    @Test
    void numbersOutsideTheirBoundsAreRefusedNamingEachFieldAndTheBoundsThemselvesPass() {
        Map<String, Object> absurd = named(unique("Absurd"));
        absurd.put("weeksPerYear", Integer.MAX_VALUE);
        absurd.put("monthsPerYear", 13);
        absurd.put("legalWeeklyMinutes", 10081);
        absurd.put("overtimeFirstTierMinutes", -1);
        absurd.put("overtimeFirstTierRatePercent", 1001);
        absurd.put("complementarySecondTierRatePercent", 5000);
        absurd.put("nightShiftMinimumNightMinutes", 1441);
        Map<String, Object> atTheBounds = named(unique("Bounds"));
        atTheBounds.put("weeksPerYear", 53);
        atTheBounds.put("monthsPerYear", 12);
        atTheBounds.put("overtimeFirstTierRatePercent", 1000);
        atTheBounds.put("complementaryFirstTierRatePercent", 0);
        atTheBounds.put("nightShiftMinimumNightMinutes", 1440);

        ApiResponse refused = api.as(Role.ADMIN).post("/api/payroll/rule-sets", absurd);
        ApiResponse accepted = api.as(Role.ADMIN).post("/api/payroll/rule-sets", atTheBounds);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("weeksPerYear", "monthsPerYear",
                "legalWeeklyMinutes", "overtimeFirstTierMinutes", "overtimeFirstTierRatePercent",
                "complementarySecondTierRatePercent", "nightShiftMinimumNightMinutes");
        assertThat(refused.json().path("detail").asText()).contains("weeksPerYear: must be between 1 and 53");
        assertThat(api.as(Role.HR).get("/api/payroll/rule-sets").json().findValuesAsText("name"))
                .doesNotContain((String) absurd.get("name"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().path("weeksPerYear").asInt()).isEqualTo(53);
    }

    @Test
    void aCapBelowTheFirstTierOrAMalformedShareIsRefused() {
        Map<String, Object> body = named(unique("Shares"));
        body.put("complementaryCapShare", "1/12");
        body.put("complementaryFirstTierShare", "one tenth");

        ApiResponse refused = api.as(Role.ADMIN).post("/api/payroll/rule-sets", body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("complementaryCapShare",
                "complementaryFirstTierShare");
    }

    @Test
    void nullEntriesInListsAreBadRequestsNamingTheField() {
        Map<String, Object> body = named(unique("Nulls"));
        body.put("absencesCountingAsWorked", Arrays.asList((Object) null));
        body.put("extraHolidays", Arrays.asList((Object) null));

        ApiResponse refused = api.as(Role.ADMIN).post("/api/payroll/rule-sets", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("absencesCountingAsWorked[]", "extraHolidays[0]");
    }

    @Test
    void updatesNeedTheCurrentVersionAndNamesStayUnique() {
        String name = unique("Accord");
        long id = api.as(Role.ADMIN).post("/api/payroll/rule-sets", named(name)).id();
        Map<String, Object> change = named(name);
        change.put("overtimeFirstTierRatePercent", 10);
        change.put("version", 0);

        ApiResponse updated = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + id, change);
        ApiResponse stale = api.as(Role.ADMIN).put("/api/payroll/rule-sets/" + id, change);
        ApiResponse duplicate = api.as(Role.ADMIN).post("/api/payroll/rule-sets", named(name));

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("overtimeFirstTierRatePercent").asInt()).isEqualTo(10);
        assertThat(updated.json().path("version").asLong()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("name");
    }

    @Test
    void activatingARuleSetDeactivatesTheOthers() {
        long defaultId = activeId();
        long id = api.as(Role.ADMIN).post("/api/payroll/rule-sets", named(unique("Same as default"))).id();
        try {
            ApiResponse activated = api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + id + "/activate", null);

            assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
            assertThat(activated.json().path("active").asBoolean()).isTrue();
            assertThat(activeId()).isEqualTo(id);
        } finally {
            assertThat(api.as(Role.ADMIN).post("/api/payroll/rule-sets/" + defaultId + "/activate", null).status())
                    .isEqualTo(200);
        }
        assertThat(activeId()).isEqualTo(defaultId);
    }

    @Test
    void onlyAdminWritesHrReadsOthersAreKeptOut() {
        assertThat(api.as(Role.HR).post("/api/payroll/rule-sets", named(unique("x"))).status()).isEqualTo(403);
        assertThat(api.as(Role.MANAGER).get("/api/payroll/rule-sets").status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).get("/api/payroll/rule-sets").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/payroll/rule-sets").status()).isEqualTo(401);
        assertThat(api.as(Role.HR).post("/api/payroll/rule-sets/" + activeId() + "/activate", null).status())
                .isEqualTo(403);
    }

    private long activeId() {
        for (JsonNode ruleSet : api.as(Role.ADMIN).get("/api/payroll/rule-sets").json()) {
            if (ruleSet.path("active").asBoolean()) {
                return ruleSet.path("id").asLong();
            }
        }
        throw new AssertionError("no active rule set");
    }
}
