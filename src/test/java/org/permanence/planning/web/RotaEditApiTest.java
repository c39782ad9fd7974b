package org.permanence.planning.web;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(PlanningFixture.class)
class RotaEditApiTest {

    private final LocalDate monday = TestPeriods.monday();

    @Autowired
    TestApi api;
    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaPlans plans;
    @Autowired
    SolverManager<RotaPlan, Long> solverManager;

    private ApiResponse patch(Role role, Rota rota, long shiftId, Map<String, Object> body) {
        return api.as(role).send("PATCH", "/api/rotas/" + rota.id() + "/shifts/" + shiftId, body);
    }

    private long version(Rota rota) {
        return rotas.get(rota.id()).version();
    }

    @Test
    void aManagerMayGiveAShiftToSomeoneWithoutItsSkillAndIsToldWhatItBreaks() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        long outsider = fixture.helpline(1).staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);

        ApiResponse response = patch(Role.MANAGER, rota, shift.id(), Map.of("version", version(rota),
                "employeeId", outsider));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode required = PlanningFixture.constraintChange(response.json().path("impact"), "Required skill");
        assertThat(required.path("created")).hasSize(1);
        assertThat(HardMediumSoftLongScore.parseScore(required.path("scoreDifference").asText()).hardScore())
                .isNegative();
        assertThat(rotas.shift(rota.id(), shift.id()).employeeId()).isEqualTo(outsider);
    }

    @Test
    void aForbiddenSuccessionAcrossTheEdgeOfAPublishedRotaIsAHardBreachOnBothSides() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        long ada = helpline.staff().get(0);
        ObjectNode late = (ObjectNode) api.as(Role.PLANNER).get("/api/shift-templates/" + helpline.late().id()).json();
        late.putArray("forbiddenSuccessorIds").add(helpline.early().id());
        ApiResponse forbidding = api.as(Role.PLANNER).put("/api/shift-templates/" + helpline.late().id(), late);
        assertThat(forbidding.status()).as(forbidding.toString()).isEqualTo(200);
        Rota thisWeek = fixture.rota(helpline, monday, monday.plusDays(6));
        Rota nextWeek = fixture.rota(helpline, monday.plusDays(7), monday.plusDays(13));
        rotas.addShift(thisWeek.id(), ada, helpline.late().id(), monday.plusDays(6));
        assertThat(api.as(Role.MANAGER).post("/api/rotas/" + thisWeek.id() + "/publish", Map.of()).status())
                .isEqualTo(201);

        ApiResponse earlyNextMonday = api.as(Role.MANAGER).post("/api/rotas/" + nextWeek.id() + "/shifts",
                Map.of("version", version(nextWeek), "employeeId", ada, "shiftTemplateId", helpline.early().id(),
                        "date", monday.plusDays(7).toString()));

        assertThat(earlyNextMonday.status()).as(earlyNextMonday.toString()).isEqualTo(201);
        JsonNode afterPublished = PlanningFixture.constraintChange(earlyNextMonday.json().path("impact"),
                "Forbidden shift succession after the previous period");
        assertThat(afterPublished.path("created").get(0).asText())
                .contains(helpline.early().code() + " the day after " + helpline.late().code() + " (published)");
        assertThat(HardMediumSoftLongScore.parseScore(afterPublished.path("scoreDifference").asText()).hardScore())
                .isNegative();
        assertThat(api.as(Role.MANAGER).post("/api/rotas/" + nextWeek.id() + "/publish",
                Map.of("acknowledgeHardViolations", true)).status()).isEqualTo(201);
        JsonNode thisWeeksAnalysis = api.as(Role.PLANNER).get("/api/rotas/" + thisWeek.id() + "/analysis").json();
        assertThat(thisWeeksAnalysis.path("constraints").findValuesAsText("name")).as(thisWeeksAnalysis.toString())
                .contains("Forbidden shift succession before the next period");
    }

    @Test
    void anEditAnswersWithTheImpactAFullReScoreFinds() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(2));
        rotas.addShift(rota.id(), bea, helpline.late().id(), monday.plusDays(2));
        fixture.sick(bea, monday.plusDays(3), monday.plusDays(3));
        RotaShift onSickDay = rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(3));
        HardMediumSoftLongScore before = fixture.score(rota.id());

        ApiResponse response = patch(Role.MANAGER, rota, onSickDay.id(),
                Map.of("version", version(rota), "employeeId", bea));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        HardMediumSoftLongScore after = fixture.score(rota.id());
        JsonNode impact = response.json().path("impact");
        assertThat(impact.path("scoreBefore").asText()).isEqualTo(before.toString());
        assertThat(impact.path("score").asText()).isEqualTo(after.toString());
        assertThat(impact.path("scoreDifference").asText()).isEqualTo(after.subtract(before).toString());
        HardMediumSoftLongScore sumOfConstraints = HardMediumSoftLongScore.ZERO;
        for (JsonNode constraint : impact.path("constraints")) {
            sumOfConstraints = sumOfConstraints.add(
                    HardMediumSoftLongScore.parseScore(constraint.path("scoreDifference").asText()));
        }
        assertThat(sumOfConstraints).isEqualTo(after.subtract(before));
        JsonNode unavailable = PlanningFixture.constraintChange(impact, "Unavailable time");
        assertThat(unavailable.path("created").get(0).asText()).contains("Agent1 Tag" + helpline.tag(),
                DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(monday.plusDays(3)), "while unavailable (8 h)");
        assertThat(after.hardScore()).isLessThan(before.hardScore());
        assertThat(response.json().path("version").asLong()).isEqualTo(version(rota));
        assertThat(rotas.shift(rota.id(), onSickDay.id()).employeeId()).isEqualTo(bea);
        assertThat(rotas.shift(rota.id(), shift.id()).employeeId()).isEqualTo(ada);
    }

    @Test
    void pinChangeTemplateUnassignAddAndDeleteEachAnswerAndAreRecorded() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);

        assertThat(patch(Role.PLANNER, rota, shift.id(), Map.of("version", version(rota), "pinned", true))
                .json().path("shift").path("pinned").asBoolean()).isTrue();
        ApiResponse late = patch(Role.MANAGER, rota, shift.id(),
                Map.of("version", version(rota), "shiftTemplateId", helpline.late().id()));
        assertThat(late.json().path("shift").path("start").asText()).isEqualTo(monday + "T13:00:00Z");
        assertThat(late.json().path("shift").path("pinned").asBoolean()).isTrue();
        ApiResponse contradictory = patch(Role.MANAGER, rota, shift.id(),
                Map.of("version", version(rota), "unassign", true, "employeeId", ada));
        assertThat(contradictory.status()).isEqualTo(422);
        assertThat(contradictory.errorFields()).containsExactly("employeeId");
        ApiResponse open = patch(Role.MANAGER, rota, shift.id(), Map.of("version", version(rota), "unassign", true));
        assertThat(open.json().path("shift").path("employeeId").isNull()).isTrue();
        ApiResponse added = api.as(Role.ADMIN).post("/api/rotas/" + rota.id() + "/shifts", Map.of("version",
                version(rota), "employeeId", ada, "shiftTemplateId", helpline.early().id(), "date",
                monday.plusDays(1).toString()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("impact").path("constraints").isArray()).isTrue();
        long addedId = added.json().path("shift").path("id").asLong();
        ApiResponse twice = api.as(Role.ADMIN).post("/api/rotas/" + rota.id() + "/shifts", Map.of("version",
                version(rota), "employeeId", ada, "shiftTemplateId", helpline.late().id(), "date",
                monday.plusDays(1).toString()));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.errorFields()).containsExactly("employeeId");
        ApiResponse deleted = api.as(Role.MANAGER).delete("/api/rotas/" + rota.id() + "/shifts/" + addedId
                + "?version=" + version(rota));
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(rotas.shifts(rota.id())).extracting(RotaShift::id).containsExactly(shift.id());

        JsonNode history = api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/history").json();
        List<String> actions = new ArrayList<>();
        history.forEach(change -> actions.add(change.path("action").asText()));
        assertThat(actions).containsExactly("PIN_SHIFT", "EDIT_SHIFT", "EDIT_SHIFT", "ADD_SHIFT", "DELETE_SHIFT");
        assertThat(history.get(0).path("changedBy").asText()).isEqualTo("test-planner");
        assertThat(history.get(1).path("beforeJson").asText()).contains("\"shiftTemplateId\":" + helpline.early().id());
        assertThat(history.get(1).path("afterJson").asText()).contains("\"shiftTemplateId\":" + helpline.late().id());
    }

    @Test
    void anEditWithNothingToChangeIsRefusedAndChangesNothing() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);
        long read = version(rota);

        ApiResponse onlyVersion = patch(Role.MANAGER, rota, shift.id(), Map.of("version", read));
        ApiResponse notUnassigning = patch(Role.MANAGER, rota, shift.id(), Map.of("version", read, "unassign", false));

        for (ApiResponse refused : List.of(onlyVersion, notUnassigning)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("body");
            assertThat(refused.json().path("errors").get(0).path("reason").asText()).startsWith("nothing to change");
        }
        assertThat(version(rota)).isEqualTo(read);
        assertThat(rotas.shift(rota.id(), shift.id())).isEqualTo(shift);
        assertThat(api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/history").json()).isEmpty();
    }

    @Test
    void anEditFromAnOldVersionIsRefusedWithTheCurrentStateAndLosesNothing() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift first = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);
        RotaShift second = rotas.addShift(rota.id(), helpline.staff().get(1), helpline.early().id(), monday);
        long read = version(rota);

        ApiResponse winner = patch(Role.MANAGER, rota, first.id(), Map.of("version", read, "pinned", true));
        ApiResponse loser = patch(Role.PLANNER, rota, second.id(),
                Map.of("version", read, "employeeId", helpline.staff().get(2)));

        assertThat(winner.status()).isEqualTo(200);
        assertThat(loser.status()).isEqualTo(409);
        assertThat(loser.json().path("currentVersion").asLong()).isEqualTo(read + 1);
        assertThat(loser.json().path("currentShifts")).hasSize(2);
        assertThat(rotas.shift(rota.id(), first.id()).pinned()).isTrue();
        assertThat(rotas.shift(rota.id(), second.id()).employeeId()).isEqualTo(helpline.staff().get(1));
    }

    @Test
    void ofTwoConcurrentEditsFromTheSameVersionOneWinsAndTheOtherGets409() throws Exception {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift first = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);
        RotaShift second = rotas.addShift(rota.id(), helpline.staff().get(1), helpline.late().id(), monday);
        long read = version(rota);
        CountDownLatch start = new CountDownLatch(1);
        Callable<ApiResponse> pinFirst = () -> {
            start.await();
            return patch(Role.MANAGER, rota, first.id(), Map.of("version", read, "pinned", true));
        };
        Callable<ApiResponse> pinSecond = () -> {
            start.await();
            return patch(Role.MANAGER, rota, second.id(), Map.of("version", read, "pinned", true));
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ApiResponse> a = pool.submit(pinFirst);
            Future<ApiResponse> b = pool.submit(pinSecond);
            start.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
            statuses.sort(Integer::compare);
            assertThat(statuses).as(a.get() + " / " + b.get()).containsExactly(200, 409);
            boolean firstWon = a.get().status() == 200;
            assertThat(rotas.shift(rota.id(), first.id()).pinned()).isEqualTo(firstWon);
            assertThat(rotas.shift(rota.id(), second.id()).pinned()).isEqualTo(!firstWon);
            assertThat(version(rota)).isEqualTo(read + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void editsAreRefusedWhileTheRotaIsBeingSolved() throws Exception {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);
        CountDownLatch solving = new CountDownLatch(1);
        SolverJob<RotaPlan, Long> job = solverManager.solveBuilder().withProblemId(rota.id())
                .withProblem(plans.build(rota.id()))
                .withFirstInitializedSolutionConsumer((solution, isTerminatedEarly) -> solving.countDown())
                .run();
        try {
            solving.await();
            assertThat(job.getSolverStatus()).isNotEqualTo(SolverStatus.NOT_SOLVING);

            ApiResponse refused = patch(Role.MANAGER, rota, shift.id(), Map.of("version", version(rota),
                    "pinned", true));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.errorFields()).containsExactly("rota");
            // moving or deleting the rota would leave the solve saving shifts of a period that is gone
            ApiResponse moved = api.as(Role.PLANNER).put("/api/rotas/" + rota.id(), Map.of("name", "moved",
                    "firstDate", monday.plusDays(2), "lastDate", monday.plusDays(4), "version", version(rota)));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(409);
            assertThat(moved.errorFields()).containsExactly("rota");
            ApiResponse deleted = api.as(Role.PLANNER).delete("/api/rotas/" + rota.id());
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
            assertThat(deleted.errorFields()).containsExactly("rota");
            // a template given other times would retime the rota's shifts, and the solve's save put them back
            JsonNode template = api.as(Role.PLANNER).get("/api/shift-templates/" + helpline.early().id()).json();
            ApiResponse retimed = api.as(Role.PLANNER).put("/api/shift-templates/" + helpline.early().id(),
                    ((ObjectNode) template).put("startTime", "07:00")
                            .without(List.of("endTime")));
            assertThat(retimed.status()).as(retimed.toString()).isEqualTo(409);
            assertThat(retimed.errorFields()).containsExactly("rota");
        } finally {
            job.terminateEarly();
        }
        assertThat(rotas.shift(rota.id(), shift.id()).pinned()).isFalse();
        assertThat(rotas.shift(rota.id(), shift.id()).startsAt()).isEqualTo(shift.startsAt());
        assertThat(rotas.get(rota.id()).firstDate()).isEqualTo(monday);
    }

    @Test
    void candidatesAreRankedByTheScoreTheyWouldGiveWithTheRulesTheyWouldBreak() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        long ada = helpline.staff().get(0);
        long sick = helpline.staff().get(1);
        long free = helpline.staff().get(2);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(2));
        fixture.sick(sick, monday.plusDays(2), monday.plusDays(2));

        JsonNode candidates = api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/shifts/" + shift.id()
                + "/candidates").json();

        List<Long> ranked = new ArrayList<>();
        candidates.forEach(candidate -> ranked.add(candidate.path("employeeId").asLong()));
        assertThat(ranked).containsExactlyInAnyOrder(sick, free);
        assertThat(ranked.get(ranked.size() - 1)).isEqualTo(sick);
        JsonNode last = candidates.get(ranked.size() - 1);
        assertThat(last.path("wouldBreak").toString()).contains("Unavailable time");
        HardMediumSoftLongScore previous = null;
        for (JsonNode candidate : candidates) {
            HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(candidate.path("score").asText());
            assertThat(previous == null || previous.compareTo(score) >= 0).isTrue();
            previous = score;
        }
    }

    @Test
    void someoneAwayIsListedAfterEveryoneElseEvenWhenOthersWouldBreakMore() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        long ada = helpline.staff().get(0);
        long awayOneHour = helpline.staff().get(1);
        long tired = helpline.staff().get(2);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift late = rotas.addShift(rota.id(), ada, helpline.late().id(), monday);
        rotas.addShift(rota.id(), tired, helpline.early().id(), monday.plusDays(1));
        // Away for the last hour of the late shift: a smaller hard breach than the 8 h rest before Tuesday's 06:00.
        api.as(Role.PLANNER).post("/api/availability", Map.of("employeeId", awayOneHour,
                "start", monday + "T20:00:00Z", "end", monday + "T22:00:00Z", "kind", "UNAVAILABLE",
                "reason", "SICKNESS"));

        JsonNode candidates = api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/shifts/" + late.id()
                + "/candidates").json();

        assertThat(candidates.findValuesAsText("employeeId"))
                .containsExactly(String.valueOf(tired), String.valueOf(awayOneHour));
        assertThat(HardMediumSoftLongScore.parseScore(candidates.get(1).path("score").asText()))
                .as("the better score, listed last").isGreaterThan(
                        HardMediumSoftLongScore.parseScore(candidates.get(0).path("score").asText()));
    }

    @Test
    void anEditIsScoredWithTheRotasOwnConstraintWeightsAsItsAnalysisIs() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        for (long employee : helpline.staff()) {
            rotas.addShift(rota.id(), employee, helpline.early().id(), monday);
        }
        RotaShift third = rotas.shifts(rota.id()).get(2);
        assertThat(api.as(Role.PLANNER).put("/api/rotas/" + rota.id() + "/constraint-weights", Map.of("version", 0,
                "weights",
                List.of(Map.of("constraintName", "Overstaffing", "hard", 0, "medium", 0, "soft", 0)))).status())
                .isEqualTo(200);

        // The third early shift is one more than the two needed: without Overstaffing, moving it costs nothing.
        ApiResponse moved = patch(Role.MANAGER, rota, third.id(), Map.of("version", version(rota),
                "shiftTemplateId", helpline.late().id()));
        JsonNode analysis = api.as(Role.PLANNER).get("/api/rotas/" + rota.id() + "/analysis").json();

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("impact").path("constraints").findValuesAsText("constraint"))
                .doesNotContain("Overstaffing");
        assertThat(moved.json().path("impact").path("score").asText()).isEqualTo(analysis.path("score").asText());
    }
}
