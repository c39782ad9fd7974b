package org.permanence.rota.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IsolatedIntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Solving over HTTP, on a small helpline of its own database: six full-timers allowed at night, a morning, an evening
 * and a night shift, one person needed round the clock. Each test plans its own week of 2035.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "permanence.solving.save-interval=1s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotaSolvingApiTest {

    /** Enough for this small helpline to reach its best score many times over; it stops earlier when unimproved. */
    private static final Map<String, Object> SMALL_BUDGET = Map.of("spentLimitSeconds", 30,
            "unimprovedLimitSeconds", 2);

    @Autowired
    TestApi api;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaPlans plans;
    @Autowired
    Environment environment;

    private long skillId;
    private long morning;
    private long evening;
    private long night;
    private final List<Long> employees = new ArrayList<>();

    @BeforeAll
    void createHelpline() {
        TestApi.Client planner = api.as(Role.PLANNER);
        skillId = created(planner.post("/api/skills", Map.of("code", "HL", "name", "Helpline")));
        long contract = created(planner.post("/api/contracts",
                Map.of("name", "Full-time 35 h", "weeklyMinutes", 2100, "nightWorkAllowed", true)));
        for (int i = 0; i < 6; i++) {
            employees.add(created(planner.post("/api/employees", Map.of("payrollNumber", "HL-" + i,
                    "firstName", "Agent", "lastName", "Number" + i, "contractId", contract,
                    "skillIds", List.of(skillId), "employmentStart", "2030-01-01"))));
        }
        morning = template(planner, "Morning", "HL-M", "07:00", List.of());
        evening = template(planner, "Evening", "HL-E", "15:00", List.of());
        night = template(planner, "Night", "HL-N", "23:00", List.of(morning));
        for (String days : List.of("WEEKDAY", "WEEKEND")) {
            need(planner, Map.of("days", days, "startTime", "07:00", "endTime", "23:00"));
            need(planner, Map.of("days", days, "startTime", "23:00", "endTime", "07:00"));
        }
    }

    private long template(TestApi.Client planner, String name, String code, String start, List<Long> forbidden) {
        return created(planner.post("/api/shift-templates", Map.of("name", name, "code", code, "startTime", start,
                "durationMinutes", 480, "skillId", skillId, "forbiddenSuccessorIds", forbidden)));
    }

    private void need(TestApi.Client planner, Map<String, Object> row) {
        Map<String, Object> need = new HashMap<>(row);
        need.put("skillId", skillId);
        need.put("required", 1);
        created(planner.post("/api/staffing-needs", need));
    }

    private static long created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.id();
    }

    private long rota(String firstDate) {
        LocalDate first = LocalDate.parse(firstDate);
        return created(api.as(Role.PLANNER).post("/api/rotas", Map.of("name", "Week of " + first,
                "firstDate", first.toString(), "lastDate", first.plusDays(6).toString())));
    }

    private JsonNode solveAndWait(TestApi.Client client, long rotaId) {
        ApiResponse started = client.post("/api/rotas/" + rotaId + "/solve", SMALL_BUDGET);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return api.as(Role.MANAGER).awaitSolveEnd(rotaId);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSmallHelplineSolvesWithNoHardBreachAndEverySlotCovered() {
        long rotaId = rota("2035-01-08");

        JsonNode finished = solveAndWait(api.as(Role.PLANNER), rotaId);

        assertThat(finished.path("bestScore").asText()).startsWith("0hard/0medium/");
        assertThat(finished.path("failure").isNull()).isTrue();
        JsonNode analysis = api.as(Role.MANAGER).get("/api/rotas/" + rotaId + "/analysis").json();
        assertThat(analysis.path("score").asText()).isEqualTo(finished.path("bestScore").asText());
        assertThat(analysis.path("coverage").path("percent").asDouble()).isEqualTo(100.0);
        assertThat(analysis.path("coverage").path("neededPersonMinutes").asLong()).isEqualTo(7 * 24 * 60);
        assertThat(analysis.path("employees")).hasSize(6);
        long plannedMinutes = 0;
        for (JsonNode employee : analysis.path("employees")) {
            plannedMinutes += employee.path("minutes").asLong();
            assertThat(employee.path("employeeId").isIntegralNumber()).as("ids are numbers, as everywhere").isTrue();
        }
        assertThat(plannedMinutes).isGreaterThanOrEqualTo(7 * 24 * 60);
        assertThat(api.as(Role.HR).get("/api/rotas/" + rotaId + "/shifts").json()).hasSizeGreaterThanOrEqualTo(21);
        JsonNode rota = api.as(Role.HR).get("/api/rotas/" + rotaId).json();
        assertThat(rota.path("lastSolve").path("bestScore").asText()).isEqualTo(finished.path("bestScore").asText());
    }

    @Test
    void theListShowsTheLastSolveOfEachRotaLikeReadingOneDoes() {
        long solved = rota("2035-06-04");
        long neverSolved = rota("2035-06-11");
        JsonNode finished = solveAndWait(api.as(Role.PLANNER), solved);

        Map<Long, JsonNode> listed = new HashMap<>();
        api.as(Role.HR).get("/api/rotas?size=500").json().path("items")
                .forEach(rota -> listed.put(rota.path("id").asLong(), rota));

        JsonNode lastSolve = listed.get(solved).path("lastSolve");
        assertThat(lastSolve.path("bestScore").asText()).isEqualTo(finished.path("bestScore").asText());
        assertThat(lastSolve).isEqualTo(api.as(Role.HR).get("/api/rotas/" + solved).json().path("lastSolve"));
        assertThat(listed.get(neverSolved).path("lastSolve").isNull()).isTrue();
    }

    @Test
    void theAnalysisExplainsEachPenaltyInWords() {
        long rotaId = rota("2035-01-15");
        rotas.addShift(rotaId, employees.get(0), night, LocalDate.of(2035, 1, 16));
        rotas.addShift(rotaId, employees.get(0), evening, LocalDate.of(2035, 1, 17));

        JsonNode analysis = api.as(Role.PLANNER).get("/api/rotas/" + rotaId + "/analysis").json();

        Map<String, JsonNode> byName = new HashMap<>();
        analysis.path("constraints").forEach(constraint -> byName.put(constraint.path("name").asText(), constraint));
        assertThat(byName).containsKeys("Minimum rest between shifts", "Understaffing");
        assertThat(byName.get("Minimum rest between shifts").path("matches").get(0).path("explanation").asText())
                .isEqualTo("Agent Number0, 16 Jan to 17 Jan: 8 h rest between HL-N 16 Jan and HL-E 17 Jan; "
                        + "at least 11 h required");
        assertThat(byName.get("Understaffing").path("matches").get(0).path("explanation").asText())
                .matches("HL \\d+ Jan \\d\\d:\\d\\d–\\d+ Jan \\d\\d:\\d\\d: 0 people on duty, 1 person needed");
        assertThat(analysis.path("feasible").asBoolean()).isFalse();
    }

    @Test
    void aFullSolveOfADraftThatBreaksTheLawEndsLegal() {
        long rotaId = rota("2035-07-02");
        LocalDate monday = LocalDate.of(2035, 7, 2);
        // a night then the next morning: a forbidden succession with 0 h of rest, on unpinned days
        for (int day = 0; day < 6; day += 2) {
            rotas.addShift(rotaId, employees.get(0), night, monday.plusDays(day));
            rotas.addShift(rotaId, employees.get(0), morning, monday.plusDays(day + 1));
        }
        assertThat(api.as(Role.MANAGER).get("/api/rotas/" + rotaId + "/analysis").json().path("score").asText())
                .doesNotStartWith("0hard");

        JsonNode finished = solveAndWait(api.as(Role.PLANNER), rotaId);

        assertThat(finished.path("bestScore").asText()).startsWith("0hard/0medium/");
    }

    @Test
    void pinnedShiftsSurviveASolveEvenWhenTheSolverWouldMoveThem() {
        long rotaId = rota("2035-01-22");
        LocalDate wednesday = LocalDate.of(2035, 1, 24);
        rotas.addShift(rotaId, employees.get(0), morning, wednesday);
        rotas.addShift(rotaId, employees.get(1), morning, wednesday);
        RotaPlan plan = plans.build(rotaId);
        for (EmployeeDay day : plan.getEmployeeDays()) {
            day.setPinned(day.isWorking());
        }
        List<RotaShift> pinned = plans.save(rotaId, plan);

        solveAndWait(api.as(Role.PLANNER), rotaId);

        List<RotaShift> after = rotas.shifts(rotaId);
        assertThat(after).hasSizeGreaterThan(2);
        // Two people on the same morning is overstaffing the solver would remove if it could.
        assertThat(after).filteredOn(RotaShift::pinned)
                .containsExactlyInAnyOrderElementsOf(pinned);
    }

    @Test
    void aLongSolveSavesAsItGoesRefusesASecondStartAndStopsEarly() {
        long rotaId = rota("2035-01-29");
        ApiResponse started = api.as(Role.PLANNER).post("/api/rotas/" + rotaId + "/solve",
                Map.of("spentLimitSeconds", 600, "unimprovedLimitSeconds", 600));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("status").asText()).isEqualTo("SOLVING");

        ApiResponse again = api.as(Role.ADMIN).post("/api/rotas/" + rotaId + "/solve", null);
        for (int attempt = 0; rotas.shifts(rotaId).isEmpty(); attempt++) {
            // The improving rota reaches the draft while solving (every save interval), not only at the end.
            assertThat(attempt).as("saved while solving").isLessThan(300);
            assertThat(api.as(Role.MANAGER).get("/api/rotas/" + rotaId + "/solve").json().path("status").asText())
                    .isEqualTo("SOLVING");
            pause();
        }
        ApiResponse stopped = api.as(Role.PLANNER).delete("/api/rotas/" + rotaId + "/solve");

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(stopped.status()).isEqualTo(200);
        JsonNode finished = api.as(Role.MANAGER).awaitSolveEnd(rotaId);
        assertThat(finished.path("endedAt").isNull()).isFalse();
        assertThat(rotas.shifts(rotaId)).isNotEmpty();
    }

    @Test
    void aStaffingNeedNobodyCanCoverIsRefusedNamingTheSkillAndTheSlot() {
        long lonely = created(api.as(Role.PLANNER).post("/api/skills", Map.of("code", "SIGN", "name", "Sign language")));
        created(api.as(Role.PLANNER).post("/api/staffing-needs", Map.of("skillId", lonely, "onDate", "2035-02-07",
                "startTime", "10:00", "endTime", "12:00", "required", 1)));
        long rotaId = rota("2035-02-05");

        ApiResponse refused = api.as(Role.PLANNER).post("/api/rotas/" + rotaId + "/solve", null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("detail").asText())
                .contains("no employee holds skill SIGN", "2035-02-07 10:00 to 2035-02-07 10:30");
        assertThat(api.as(Role.PLANNER).get("/api/rotas/" + rotaId + "/solve").status()).isEqualTo(404);
    }

    @Test
    void plannersAndAdminsSolveManagersFollowOthersMayNot() {
        long rotaId = rota("2035-02-12");
        String solve = "/api/rotas/" + rotaId + "/solve";

        assertThat(api.as(Role.MANAGER).post(solve, null).status()).isEqualTo(403);
        assertThat(api.as(Role.HR).post(solve, null).status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).post(solve, null).status()).isEqualTo(403);
        assertThat(api.anonymous().post(solve, null).status()).isEqualTo(401);
        solveAndWait(api.as(Role.ADMIN), rotaId);
        solveAndWait(api.as(Role.PLANNER), rotaId);

        assertThat(api.as(Role.MANAGER).get(solve).status()).isEqualTo(200);
        assertThat(api.as(Role.MANAGER).get("/api/rotas/" + rotaId + "/analysis").status()).isEqualTo(200);
        assertThat(api.as(Role.MANAGER).delete(solve).status()).isEqualTo(403);
        assertThat(api.as(Role.HR).get(solve).status()).isEqualTo(403);
        assertThat(api.as(Role.HR).get("/api/rotas/" + rotaId + "/analysis").status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).get(solve).status()).isEqualTo(403);
        assertThat(api.anonymous().get(solve).status()).isEqualTo(401);
    }

    @Test
    void anUnknownModeIsRefusedNamingIt() {
        long rotaId = rota("2035-02-19");

        ApiResponse partial = api.as(Role.PLANNER).post("/api/rotas/" + rotaId + "/solve?mode=partial", null);

        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.errorFields()).containsExactly("mode");
    }

    @Test
    void aNegativeTimeLimitIsRefusedNamingTheFieldAndNothingStarts() {
        long rotaId = rota("2035-02-19");

        ApiResponse negative = api.as(Role.PLANNER).post("/api/rotas/" + rotaId + "/solve",
                Map.of("spentLimitSeconds", -5, "unimprovedLimitSeconds", 0));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactlyInAnyOrder("spentLimitSeconds", "unimprovedLimitSeconds");
        assertThat(api.as(Role.PLANNER).get("/api/rotas/" + rotaId + "/solve").status()).isEqualTo(404);
    }

    @Test
    void weightOverridesAreStoredPerRotaAndChangeTheAnalysis() {
        long rotaId = rota("2035-02-26");
        LocalDate monday = LocalDate.of(2035, 2, 26);
        rotas.addShift(rotaId, employees.get(0), morning, monday);
        rotas.addShift(rotaId, employees.get(1), morning, monday);
        String weights = "/api/rotas/" + rotaId + "/constraint-weights";
        String analysis = "/api/rotas/" + rotaId + "/analysis";
        assertThat(constraintNames(api.as(Role.PLANNER).get(analysis).json())).contains("Overstaffing");

        ApiResponse unknown = api.as(Role.PLANNER).put(weights, Map.of("version", 0, "weights", List.of(
                Map.of("constraintName", "Overstaffing", "hard", 0, "medium", 0, "soft", 0),
                Map.of("constraintName", "Too much coffee", "hard", 1, "medium", 0, "soft", 0))));
        ApiResponse overflowing = api.as(Role.PLANNER).put(weights, Map.of("version", 0, "weights", List.of(
                Map.of("constraintName", "Understaffing", "hard", Long.MAX_VALUE, "medium", 0, "soft", 0))));
        ApiResponse nullEntry = api.as(Role.PLANNER).put(weights, "{\"weights\":[null]}");
        ApiResponse noLevels = api.as(Role.PLANNER).put(weights,
                "{\"weights\":[{\"constraintName\":\"Understaffing\"}]}");
        ApiResponse nullLevel = api.as(Role.PLANNER).put(weights,
                "{\"weights\":[{\"constraintName\":\"Understaffing\",\"hard\":0,\"medium\":null,\"soft\":0}]}");
        ApiResponse byManager = api.as(Role.MANAGER).put(weights, Map.of("version", 0, "weights", List.of()));
        ApiResponse withoutVersion = api.as(Role.PLANNER).put(weights, Map.of("weights", List.of()));
        ApiResponse replaced = api.as(Role.PLANNER).put(weights, Map.of("version", 0, "weights", List.of(
                Map.of("constraintName", "Overstaffing", "hard", 0, "medium", 0, "soft", 0),
                Map.of("constraintName", "Understaffing", "hard", 0, "medium", 2, "soft", 0))));
        ApiResponse stale = api.as(Role.PLANNER).put(weights, Map.of("version", 0, "weights", List.of()));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("weights[1].constraintName");
        assertThat(unknown.json().path("detail").asText()).contains("Too much coffee");
        assertThat(nullEntry.status()).isEqualTo(400);
        assertThat(nullEntry.errorFields()).containsExactly("weights[0]");
        assertThat(noLevels.status()).isEqualTo(400);
        assertThat(noLevels.errorFields()).containsExactlyInAnyOrder("weights[0].hard", "weights[0].medium",
                "weights[0].soft");
        assertThat(nullLevel.status()).isEqualTo(400);
        assertThat(nullLevel.errorFields()).containsExactly("weights[0].medium");
        assertThat(overflowing.status()).isEqualTo(422);
        assertThat(overflowing.errorFields()).containsExactly("weights[0]");
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.errorFields()).containsExactly("version");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("version").asLong()).isEqualTo(1);
        assertThat(stale.status()).as("replaced meanwhile: the first change stays").isEqualTo(409);
        JsonNode stored = api.as(Role.MANAGER).get(weights).json().path("weights");
        assertThat(stored).hasSize(2);
        assertThat(stored.get(1).path("constraintName").asText()).isEqualTo("Understaffing");
        assertThat(stored.get(1).path("medium").asLong()).isEqualTo(2);
        JsonNode reweighted = api.as(Role.PLANNER).get(analysis).json();
        assertThat(constraintNames(reweighted)).doesNotContain("Overstaffing").contains("Understaffing");
        long uncoveredPersonMinutes = reweighted.path("coverage").path("neededPersonMinutes").asLong()
                - reweighted.path("coverage").path("coveredPersonMinutes").asLong();
        assertThat(reweighted.path("score").asText()).contains("/-" + 2 * uncoveredPersonMinutes + "medium/");
    }

    private static List<String> constraintNames(JsonNode analysis) {
        List<String> names = new ArrayList<>();
        analysis.path("constraints").forEach(constraint -> names.add(constraint.path("name").asText()));
        return names;
    }

    @Test
    void progressStreamsAsServerSentEventsUntilTheEnd() throws IOException, InterruptedException {
        long rotaId = rota("2035-03-05");
        api.as(Role.MANAGER);
        ApiResponse started = api.as(Role.PLANNER).post("/api/rotas/" + rotaId + "/solve", SMALL_BUDGET);
        assertThat(started.status()).isEqualTo(202);

        HttpResponse<String> events = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + environment.getRequiredProperty("local.server.port")
                                + "/api/rotas/" + rotaId + "/solve/events"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("test-manager:" + TestApi.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        assertThat(events.body()).contains("event:end").contains("\"status\":\"NOT_SOLVING\"");
        assertThat(events.body().lines().filter(line -> line.equals("event:end"))).hasSize(1);
    }
}
