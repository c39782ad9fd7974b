package org.permanence.demand.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ShiftTemplateApiTest {

    @Autowired
    TestApi api;

    private long newSkill() {
        String code = "S" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse skill = api.as(Role.ADMIN).post("/api/skills", Map.of("code", code, "name", "Skill " + code));
        assertThat(skill.status()).as(skill.toString()).isEqualTo(201);
        return skill.id();
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> template(String code, String start, int minutes, long skillId,
            List<Long> forbiddenSuccessors) {
        return Map.of("name", "Shift " + code, "code", code, "startTime", start, "durationMinutes", minutes,
                "skillId", skillId, "forbiddenSuccessorIds", forbiddenSuccessors);
    }

    @Test
    void plannerDefinesANightThatForbidsAMorningNextDay() {
        long skill = newSkill();
        long morning = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "07:00", 480, skill, List.of())).id();

        ApiResponse night = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "23:00", 480, skill, List.of(morning)));

        assertThat(night.status()).as(night.toString()).isEqualTo(201);
        ApiResponse read = api.as(Role.HR).get("/api/shift-templates/" + night.id());
        assertThat(read.json().path("startTime").asText()).isEqualTo("23:00");
        assertThat(read.json().path("endTime").asText()).isEqualTo("07:00");
        assertThat(read.json().path("forbiddenSuccessorIds").get(0).asLong()).isEqualTo(morning);
        assertThat(read.json().path("version").asLong()).isZero();
    }

    @Test
    void aSkillATemplateOrANeedUsesIsKeptAndTheConflictSaysWhatUsesIt() {
        long skill = newSkill();
        TestApi.Client planner = api.as(Role.PLANNER);
        long template = planner.post("/api/shift-templates", template(uniqueCode(), "07:00", 480, skill, List.of()))
                .id();
        for (String start : List.of("08:00", "12:00")) {
            assertThat(planner.post("/api/staffing-needs", Map.of("skillId", skill, "days", "WEEKDAY",
                    "startTime", start, "endTime", "10:00", "required", 1)).status()).isEqualTo(201);
        }

        ApiResponse both = planner.delete("/api/skills/" + skill);
        assertThat(planner.delete("/api/shift-templates/" + template).status()).isEqualTo(204);
        ApiResponse needsOnly = planner.delete("/api/skills/" + skill);

        assertThat(both.status()).isEqualTo(409);
        assertThat(both.errorFields()).containsExactly("id");
        assertThat(both.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("skill is used by 1 shift template and 2 staffing needs");
        assertThat(needsOnly.status()).isEqualTo(409);
        assertThat(needsOnly.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("skill is used by 2 staffing needs");
        assertThat(api.as(Role.HR).get("/api/skills/" + skill).status()).isEqualTo(200);
    }

    @Test
    void aWeekendTemplateIsGivenOnWeekendsOnlyAndItsDaysAreChecked() {
        Map<String, Object> weekend = new HashMap<>(template(uniqueCode(), "09:00", 480, newSkill(), List.of()));
        weekend.put("days", "WEEKEND");
        Map<String, Object> holiday = new HashMap<>(template(uniqueCode(), "09:00", 480, newSkill(), List.of()));
        holiday.put("days", "HOLIDAY");

        ApiResponse created = api.as(Role.PLANNER).post("/api/shift-templates", weekend);
        ApiResponse refused = api.as(Role.PLANNER).post("/api/shift-templates", holiday);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.as(Role.HR).get("/api/shift-templates/" + created.id()).json().path("days").asText())
                .isEqualTo("WEEKEND");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("days");
        LocalDate monday = TestPeriods.monday();
        long rota = api.as(Role.PLANNER).post("/api/rotas", Map.of("name", "Rota " + uniqueCode(),
                "firstDate", monday.toString(), "lastDate", monday.plusDays(6).toString())).id();
        ApiResponse onMonday = api.as(Role.PLANNER).post("/api/rotas/" + rota + "/shifts", Map.of("version", 0,
                "shiftTemplateId", created.id(), "date", monday.toString()));
        ApiResponse onSaturday = api.as(Role.PLANNER).post("/api/rotas/" + rota + "/shifts", Map.of("version", 0,
                "shiftTemplateId", created.id(), "date", monday.plusDays(5).toString()));
        assertThat(onMonday.status()).isEqualTo(422);
        assertThat(onMonday.errorFields()).containsExactly("shiftTemplateId");
        assertThat(onSaturday.status()).as(onSaturday.toString()).isEqualTo(201);
    }

    @Test
    void listingFiltersBySkill() {
        long skill = newSkill();
        long otherSkill = newSkill();
        api.as(Role.MANAGER).post("/api/shift-templates", template(uniqueCode(), "09:00", 480, skill, List.of()));
        api.as(Role.MANAGER).post("/api/shift-templates", template(uniqueCode(), "09:00", 480, otherSkill, List.of()));

        ApiResponse list = api.as(Role.PLANNER).get("/api/shift-templates?skill=" + skill);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("totalItems").asLong()).isEqualTo(1);
        assertThat(list.json().path("items").get(0).path("skillId").asLong()).isEqualTo(skill);
    }

    @Test
    void anUnknownSkillFilterIsRefusedNamingItNotAnsweredEmpty() {
        ApiResponse unknown = api.as(Role.PLANNER).get("/api/shift-templates?skill=987654321");

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.errorFields()).containsExactly("skill");
        assertThat(unknown.json().at("/errors/0/reason").asText()).isEqualTo("is not a known skill: 987654321");
        ApiResponse none = api.as(Role.PLANNER).get("/api/shift-templates?skill=" + newSkill());
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().path("totalItems").asLong()).isZero();
    }

    @Test
    void aStartTimeWithSecondsIsRefusedNamingItAndNothingIsStored() {
        long skill = newSkill();

        ApiResponse seconds = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "21:07:33", 480, skill, List.of()));
        ApiResponse fraction = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "21:07:00.5", 480, skill, List.of()));

        assertThat(seconds.status()).isEqualTo(400);
        assertThat(seconds.contentType()).startsWith("application/problem+json");
        assertThat(seconds.errorFields()).containsExactly("startTime");
        assertThat(seconds.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must be on a whole minute (no seconds)");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.errorFields()).containsExactly("startTime");
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates?skill=" + skill).json().path("totalItems").asLong())
                .isZero();
    }

    @Test
    void aCodeWithASpaceIsRefusedNamingItAndNothingIsStored() {
        long skill = newSkill();
        String code = uniqueCode();

        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-templates",
                template(code.substring(0, 4) + " " + code.substring(4), "09:00", 480, skill, List.of()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("code");
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates?skill=" + skill).json().path("totalItems").asInt())
                .isZero();
    }

    @Test
    void aShiftWhollyInTheHourTheClocksSkipIsRefusedButOneReachingPastItIsKept() {
        long skill = newSkill();

        ApiResponse vanishing = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "02:30", 30, skill, List.of()));
        ApiResponse shortened = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "02:00", 120, skill, List.of()));

        assertThat(vanishing.status()).isEqualTo(422);
        assertThat(vanishing.errorFields()).containsExactly("startTime");
        assertThat(vanishing.json().path("detail").asText()).contains("lies in the hour the clocks skip on");
        assertThat(shortened.status()).as("an hour on that day, two on the others").isEqualTo(201);
    }

    @Test
    void aNameBreakingTheLineIsRefusedSinceNamesReachExportsAndCalendars() {
        Map<String, Object> template = new java.util.HashMap<>(template(uniqueCode(), "09:00", 480, newSkill(),
                List.of()));
        template.put("name", "Morning\r\nDESCRIPTION:injected");

        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-templates", template);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
    }

    @Test
    void unknownSkillIsRefusedNamingTheField() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "09:00", 480, 987_654, List.of()));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("skillId");
    }

    @Test
    void unknownSuccessorIsRefusedNamingTheField() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "09:00", 480, newSkill(), List.of(987_654L)));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("forbiddenSuccessorIds");
    }

    @Test
    void aNullSuccessorIsABadRequestNamingTheField() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "09:00", 480, newSkill(), Arrays.asList((Long) null)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("forbiddenSuccessorIds[]");
    }

    @Test
    void missingFieldsAndImpossibleDurationsAreBadRequests() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/shift-templates",
                Map.of("code", uniqueCode(), "startTime", "09:00", "durationMinutes", 0, "skillId", newSkill()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "durationMinutes");
    }

    @Test
    void duplicateCodeIsAConflictAndNothingIsWritten() {
        long skill = newSkill();
        String code = uniqueCode();
        api.as(Role.PLANNER).post("/api/shift-templates", template(code, "09:00", 480, skill, List.of()));

        ApiResponse second = api.as(Role.PLANNER).post("/api/shift-templates",
                template(code, "11:00", 480, skill, List.of()));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorFields()).containsExactly("code");
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates?skill=" + skill).json().path("totalItems").asLong())
                .isEqualTo(1);
    }

    @Test
    void aTemplateReadCanBeSentBackAndItsDerivedEndMustAgreeWithItsDuration() {
        long skill = newSkill();
        long id = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "09:00", 480, skill, List.of())).id();
        ObjectNode read = (ObjectNode) api.as(Role.PLANNER).get("/api/shift-templates/" + id).json();

        read.put("name", "Day shift");
        ApiResponse sentBack = api.as(Role.PLANNER).put("/api/shift-templates/" + id, read);
        ObjectNode longer = sentBack.json().deepCopy();
        longer.put("endTime", "18:00");
        ApiResponse movedEnd = api.as(Role.PLANNER).put("/api/shift-templates/" + id, longer);

        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        assertThat(sentBack.json().path("name").asText()).isEqualTo("Day shift");
        assertThat(movedEnd.status()).as(movedEnd.toString()).isEqualTo(422);
        assertThat(movedEnd.errorFields()).containsExactly("endTime");
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates/" + id).json().path("endTime").asText())
                .isEqualTo("17:00");
    }

    @Test
    void updateWithAStaleVersionIsAConflict() {
        long skill = newSkill();
        String code = uniqueCode();
        long id = api.as(Role.PLANNER).post("/api/shift-templates", template(code, "09:00", 480, skill, List.of()))
                .id();
        Map<String, Object> change = new java.util.HashMap<>(template(code, "09:30", 450, skill, List.of()));
        change.put("version", 0);
        ApiResponse first = api.as(Role.PLANNER).put("/api/shift-templates/" + id, change);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("version").asLong()).isEqualTo(1);

        ApiResponse stale = api.as(Role.PLANNER).put("/api/shift-templates/" + id, change);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates/" + id).json().path("durationMinutes").asInt())
                .isEqualTo(450);
    }

    @Test
    void deletedTemplateIsGone() {
        long id = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "09:00", 480, newSkill(), List.of())).id();

        assertThat(api.as(Role.PLANNER).delete("/api/shift-templates/" + id).status()).isEqualTo(204);
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTemplateOnRotaShiftsIsKeptAndTheConflictNamesThem() {
        long id = api.as(Role.PLANNER).post("/api/shift-templates",
                template(uniqueCode(), "09:00", 480, newSkill(), List.of())).id();
        LocalDate monday = TestPeriods.monday();
        ApiResponse rota = api.as(Role.PLANNER).post("/api/rotas", Map.of("name", "Rota " + uniqueCode(),
                "firstDate", monday.toString(), "lastDate", monday.plusDays(6).toString()));
        for (String date : List.of(monday.toString(), monday.plusDays(1).toString())) {
            ApiResponse shift = api.as(Role.PLANNER).post("/api/rotas/" + rota.id() + "/shifts", Map.of(
                    "version", api.as(Role.PLANNER).get("/api/rotas/" + rota.id()).json().path("version").asLong(),
                    "shiftTemplateId", id, "date", date));
            assertThat(shift.status()).as(shift.toString()).isEqualTo(201);
        }

        ApiResponse refused = api.as(Role.PLANNER).delete("/api/shift-templates/" + id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("id");
        assertThat(refused.json().path("errors").get(0).path("reason").asText()).isEqualTo("has 2 rota shifts");
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates/" + id).status()).isEqualTo(200);
        assertThat(api.as(Role.PLANNER).delete("/api/rotas/" + rota.id()).status()).isEqualTo(204);
        assertThat(api.as(Role.PLANNER).delete("/api/shift-templates/" + id).status()).isEqualTo(204);
    }

    @Test
    void hrReadsButDoesNotWriteAndEmployeesAndAnonymousCallersAreKeptOut() {
        Map<String, Object> body = template(uniqueCode(), "09:00", 480, newSkill(), List.of());

        assertThat(api.as(Role.HR).get("/api/shift-templates").status()).isEqualTo(200);
        assertThat(api.as(Role.HR).post("/api/shift-templates", body).status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).get("/api/shift-templates").status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).post("/api/shift-templates", body).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/shift-templates").status()).isEqualTo(401);
        assertThat(api.as(Role.ADMIN).post("/api/shift-templates", body).status()).isEqualTo(201);
    }
}
