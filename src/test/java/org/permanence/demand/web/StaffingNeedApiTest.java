package org.permanence.demand.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class StaffingNeedApiTest {

    @Autowired
    TestApi api;

    private long newSkill() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse skill = api.as(Role.ADMIN).post("/api/skills", Map.of("code", code, "name", "Skill " + code));
        assertThat(skill.status()).as(skill.toString()).isEqualTo(201);
        return skill.id();
    }

    private static Map<String, Object> weekly(long skill, String days, String start, String end, int required) {
        return new HashMap<>(Map.of("skillId", skill, "days", days, "startTime", start, "endTime", end,
                "required", required));
    }

    private ApiResponse storeMondayForecast(long skill, List<Map<String, Object>> intervals) {
        return api.as(Role.PLANNER).post("/api/staffing-needs/forecast", Map.of("skillId", skill, "days", "MONDAY",
                "intervalMinutes", 30, "serviceLevelTarget", 0.8, "thresholdSeconds", 20, "shrinkage", 0.3,
                "store", true, "intervals", intervals));
    }

    private static Map<String, Object> interval(String start, int calls, int averageHandlingTimeSeconds) {
        return Map.of("start", start, "calls", calls, "averageHandlingTimeSeconds", averageHandlingTimeSeconds);
    }

    private void assertRefusedAndNothingStored(ApiResponse response, long skill, String field, String detail) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.json().path("detail").asText()).contains(detail);
        assertNoNeedsStored(skill);
    }

    private void assertNoNeedsStored(long skill) {
        assertThat(api.as(Role.PLANNER).get("/api/staffing-needs?skill=" + skill).json().path("totalItems").asLong())
                .isZero();
    }

    private ApiResponse create(Map<String, Object> need) {
        return api.as(Role.PLANNER).post("/api/staffing-needs", need);
    }

    @Test
    void weeklyPatternExpandsIntoHalfHourRequirementsInUtc() {
        long skill = newSkill();
        assertThat(create(weekly(skill, "WEEKDAY", "23:00", "07:00", 2)).status()).isEqualTo(201);
        assertThat(create(weekly(skill, "WEEKEND", "23:00", "07:00", 1)).status()).isEqualTo(201);

        // Saturday 28 March 2026: the clocks go forward during the night, which lasts 7 hours.
        ApiResponse requirements = api.as(Role.HR)
                .get("/api/staffing-needs/requirements?from=2026-03-27&to=2026-03-28&skill=" + skill);

        assertThat(requirements.status()).as(requirements.toString()).isEqualTo(200);
        JsonNode slots = requirements.json();
        assertThat(slots).hasSize(16 + 14);
        assertThat(slots.get(0).path("start").asText()).isEqualTo("2026-03-27T22:00:00Z");
        assertThat(slots.get(0).path("required").asInt()).isEqualTo(2);
        assertThat(slots.get(29).path("end").asText()).isEqualTo("2026-03-29T05:00:00Z");
        assertThat(slots.get(29).path("required").asInt()).isEqualTo(1);
    }

    @Test
    void publicHolidayStaffedLikeASunday() {
        long skill = newSkill();
        create(weekly(skill, "WEEKDAY", "11:00", "19:00", 6));
        create(weekly(skill, "WEEKEND", "11:00", "19:00", 4));
        ApiResponse override = api.as(Role.PLANNER).post("/api/staffing-needs/day-overrides",
                Map.of("date", "2031-05-29", "staffedAs", "SUNDAY", "reason", "Public holiday"));
        assertThat(override.status()).as(override.toString()).isEqualTo(201);

        JsonNode slots = api.as(Role.PLANNER)
                .get("/api/staffing-needs/requirements?from=2031-05-29&to=2031-05-29&skill=" + skill).json();

        assertThat(slots).hasSize(16);
        assertThat(slots).allMatch(slot -> slot.path("required").asInt() == 4);
    }

    @Test
    void secondOverrideForTheSameDateIsAConflict() {
        Map<String, Object> override = Map.of("date", "2031-11-11", "staffedAs", "SUNDAY");
        assertThat(api.as(Role.PLANNER).post("/api/staffing-needs/day-overrides", override).status()).isEqualTo(201);

        ApiResponse second = api.as(Role.PLANNER).post("/api/staffing-needs/day-overrides", override);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorFields()).containsExactly("date");
        assertThat(second.json().path("detail").asText()).contains("already has a day override");
    }

    @Test
    void dateRowsGiveExplicitCountsForOneDay() {
        long skill = newSkill();
        create(weekly(skill, "WEEKDAY", "09:00", "10:00", 4));
        Map<String, Object> christmas = new HashMap<>(Map.of("skillId", skill, "onDate", "2030-12-25",
                "startTime", "09:00", "endTime", "10:00", "required", 2));
        assertThat(create(christmas).status()).isEqualTo(201);

        JsonNode slots = api.as(Role.PLANNER)
                .get("/api/staffing-needs/requirements?from=2030-12-24&to=2030-12-25&skill=" + skill).json();

        assertThat(slots).extracting(slot -> slot.path("required").asInt()).containsExactly(4, 4, 2, 2);
    }

    @Test
    void listingFiltersBySkill() {
        long skill = newSkill();
        create(weekly(skill, "WEEKDAY", "07:00", "09:00", 2));
        create(weekly(newSkill(), "WEEKDAY", "07:00", "09:00", 2));

        ApiResponse list = api.as(Role.HR).get("/api/staffing-needs?skill=" + skill);

        assertThat(list.json().path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownSkillFilterIsRefusedNamingItNotAnsweredEmpty() {
        ApiResponse needs = api.as(Role.HR).get("/api/staffing-needs?skill=987654321");
        ApiResponse requirements = api.as(Role.HR)
                .get("/api/staffing-needs/requirements?from=2026-03-01&to=2026-03-07&skill=987654321");

        for (ApiResponse response : List.of(needs, requirements)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.errorFields()).containsExactly("skill");
            assertThat(response.json().at("/errors/0/reason").asText()).isEqualTo("is not a known skill: 987654321");
        }
        // a known skill without needs is an empty answer; a backwards period is named too
        long skill = newSkill();
        assertThat(api.as(Role.HR).get("/api/staffing-needs?skill=" + skill).json().path("totalItems").asLong()).isZero();
        ApiResponse none = api.as(Role.HR)
                .get("/api/staffing-needs/requirements?from=2026-03-01&to=2026-03-07&skill=" + skill);
        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        assertThat(none.json()).isEmpty();
        assertThat(api.as(Role.HR).get("/api/staffing-needs/requirements?from=2026-03-07&to=2026-03-01&skill=987654321")
                .errorFields()).containsExactly("to", "skill");
    }

    @Test
    void badNeedsAreRefusedNamingEachField() {
        Map<String, Object> unknownSkill = weekly(987_654, "WEEKDAY", "07:00", "09:00", 2);
        Map<String, Object> noDays = weekly(newSkill(), "WEEKDAY", "07:00", "07:00", 2);
        noDays.remove("days");

        ApiResponse unknown = create(unknownSkill);
        ApiResponse ambiguous = create(noDays);
        ApiResponse negative = create(weekly(newSkill(), "WEEKDAY", "07:00", "09:00", -1));
        ApiResponse seconds = create(weekly(newSkill(), "WEEKDAY", "07:00:30", "09:00", 2));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("skillId");
        assertThat(ambiguous.status()).isEqualTo(422);
        assertThat(ambiguous.errorFields()).containsExactlyInAnyOrder("days", "endTime");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("required");
        assertThat(seconds.status()).isEqualTo(400);
        assertThat(seconds.errorFields()).containsExactly("startTime");
    }

    @Test
    void periodEndingBeforeItStartsIsRefused() {
        ApiResponse response = api.as(Role.PLANNER)
                .get("/api/staffing-needs/requirements?from=2026-03-10&to=2026-03-01");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("to");
    }

    @Test
    void staleVersionIsAConflict() {
        long skill = newSkill();
        long id = create(weekly(skill, "WEEKDAY", "07:00", "09:00", 2)).id();
        Map<String, Object> change = weekly(skill, "WEEKDAY", "07:00", "09:00", 3);
        change.put("version", 0);
        assertThat(api.as(Role.PLANNER).put("/api/staffing-needs/" + id, change).status()).isEqualTo(200);

        ApiResponse stale = api.as(Role.PLANNER).put("/api/staffing-needs/" + id, change);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.as(Role.PLANNER).get("/api/staffing-needs/" + id).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void forecastDerivesTheWorkedExampleAndStoresItWhenAsked() {
        long skill = newSkill();
        create(weekly(skill, "MONDAY", "06:00", "08:00", 9));
        Map<String, Object> forecast = Map.of("skillId", skill, "days", "MONDAY", "intervalMinutes", 30,
                "serviceLevelTarget", 0.8, "thresholdSeconds", 20, "shrinkage", 0.3, "store", true,
                "intervals", List.of(
                        Map.of("start", "10:00", "calls", 100, "averageHandlingTimeSeconds", 180),
                        Map.of("start", "10:30", "calls", 100, "averageHandlingTimeSeconds", 180)));

        ApiResponse response = api.as(Role.PLANNER).post("/api/staffing-needs/forecast", forecast);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode first = response.json().path("intervals").get(0);
        assertThat(first.path("agents").asInt()).isEqualTo(14);
        assertThat(first.path("scheduled").asInt()).isEqualTo(20);
        assertThat(first.path("trafficErlangs").asDouble()).isEqualTo(10.0);
        JsonNode stored = api.as(Role.PLANNER).get("/api/staffing-needs?skill=" + skill).json().path("items");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("startTime").asText()).isEqualTo("10:00");
        assertThat(stored.get(0).path("endTime").asText()).isEqualTo("11:00");
        assertThat(stored.get(0).path("required").asInt()).isEqualTo(20);
    }

    @Test
    void forecastWithoutStoreChangesNothing() {
        long skill = newSkill();
        Map<String, Object> forecast = Map.of("skillId", skill, "days", "MONDAY", "intervalMinutes", 30,
                "serviceLevelTarget", 0.8, "thresholdSeconds", 20, "shrinkage", 0.3,
                "intervals", List.of(Map.of("start", "10:00", "calls", 100, "averageHandlingTimeSeconds", 180)));

        ApiResponse response = api.as(Role.MANAGER).post("/api/staffing-needs/forecast", forecast);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("stored").asBoolean()).isFalse();
        assertThat(response.json().path("needs").get(0).path("required").asInt()).isEqualTo(20);
        assertNoNeedsStored(skill);
    }

    @Test
    void overlappingForecastIntervalsAreRefusedNamingTheLaterOne() {
        long skill = newSkill();

        ApiResponse response = storeMondayForecast(skill, List.of(interval("23:45", 10, 180),
                interval("10:00", 100, 180), interval("00:00", 10, 180)));

        assertRefusedAndNothingStored(response, skill, "intervals[2].start",
                "overlaps intervals[0] (23:45, 30 minutes)");
    }

    @Test
    void moreIntervalsThanADayHoldsAreRefusedAtOnce() {
        long skill = newSkill();

        ApiResponse response = storeMondayForecast(skill, Collections.nCopies(49, interval("10:00", 10, 180)));

        assertRefusedAndNothingStored(response, skill, "intervals", "49 intervals of 30 minutes do not fit in one day");
    }

    @Test
    void aForecastBeyondTheTrafficLimitIsRefusedNamingTheInterval() {
        long skill = newSkill();

        ApiResponse response = storeMondayForecast(skill, List.of(interval("09:00", 100, 180),
                interval("10:00", 10_000_000, 36_000)));

        assertRefusedAndNothingStored(response, skill, "intervals[1].calls", "200000000 Erlangs");
    }

    @Test
    void aForecastNeedingMorePeopleThanANeedHoldsIsRefusedSoWhatIsStoredCanBeSentBack() {
        long skill = newSkill();

        ApiResponse response = storeMondayForecast(skill, List.of(interval("10:00", 10_000, 180)));

        assertRefusedAndNothingStored(response, skill, "intervals[0].calls",
                "more than the 1000 a staffing need holds");
    }

    @Test
    void aPreviewNeedsTheDaysOrTheDateItWouldBeStoredFor() {
        long skill = newSkill();
        Map<String, Object> neither = new HashMap<>(Map.of("skillId", skill, "intervalMinutes", 30,
                "serviceLevelTarget", 0.8, "thresholdSeconds", 20, "shrinkage", 0.3, "store", false,
                "intervals", List.of(interval("10:00", 100, 180))));
        Map<String, Object> both = new HashMap<>(neither);
        both.put("days", "MONDAY");
        both.put("onDate", "2031-06-02");

        for (Map<String, Object> forecast : List.of(neither, both)) {
            ApiResponse response = api.as(Role.PLANNER).post("/api/staffing-needs/forecast", forecast);
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.errorFields()).containsExactly("days");
        }
    }

    @Test
    void aForecastForAnHourTheClocksSkipIsRefusedRatherThanLosingItsCalls() {
        long skill = newSkill();

        ApiResponse response = api.as(Role.PLANNER).post("/api/staffing-needs/forecast", Map.of("skillId", skill,
                "onDate", "2027-03-28", "intervalMinutes", 30, "serviceLevelTarget", 0.8, "thresholdSeconds", 20,
                "shrinkage", 0.3, "store", true,
                "intervals", List.of(interval("01:30", 10, 180), interval("02:30", 10, 180))));

        assertRefusedAndNothingStored(response, skill, "intervals[1].start", "02:30 does not exist on 2027-03-28");
    }

    @Test
    void aDateRowInTheHourTheClocksSkipIsRefusedRatherThanMovedAnHourLater() {
        long skill = newSkill();

        ApiResponse inTheGap = create(Map.of("skillId", skill, "onDate", "2027-03-28", "startTime", "02:00",
                "endTime", "02:30", "required", 1));
        ApiResponse endingInTheGap = create(Map.of("skillId", skill, "onDate", "2027-03-27", "startTime", "23:00",
                "endTime", "02:30", "required", 1));

        assertThat(inTheGap.status()).isEqualTo(422);
        assertThat(inTheGap.errorFields()).containsExactly("startTime", "endTime");
        assertThat(inTheGap.json().path("detail").asText()).contains("02:00 does not exist on 2027-03-28");
        assertRefusedAndNothingStored(endingInTheGap, skill, "endTime", "02:30 does not exist on 2027-03-28");
        ApiResponse acrossTheGap = create(Map.of("skillId", skill, "onDate", "2027-03-28", "startTime", "01:00",
                "endTime", "04:00", "required", 1));
        assertThat(acrossTheGap.status()).as("a row running through the skipped hour is 2 real hours")
                .isEqualTo(201);
    }

    @Test
    void rolesDecideWhoReadsAndWhoWrites() {
        Map<String, Object> need = weekly(newSkill(), "WEEKDAY", "07:00", "09:00", 2);

        assertThat(api.as(Role.HR).get("/api/staffing-needs").status()).isEqualTo(200);
        assertThat(api.as(Role.HR).post("/api/staffing-needs", need).status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).get("/api/staffing-needs").status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).get("/api/staffing-needs/requirements?from=2026-01-01&to=2026-01-01")
                .status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/staffing-needs").status()).isEqualTo(401);
        assertThat(api.as(Role.MANAGER).post("/api/staffing-needs", need).status()).isEqualTo(201);
    }
}
