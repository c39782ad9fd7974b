package org.permanence.planning.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(PlanningFixture.class)
class ShiftSwapApiTest {

    private final LocalDate monday = TestPeriods.monday();

    @Autowired
    TestApi api;
    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;

    private record Week(PlanningFixture.Helpline helpline, Rota rota, long ada, long bea, RotaShift adasMonday,
            RotaShift beasWednesday) {
    }

    /** Ada works early on Monday, Bea early on Wednesday, published. */
    private Week publishedWeek() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift adasMonday = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        RotaShift beasWednesday = rotas.addShift(rota.id(), bea, helpline.early().id(), monday.plusDays(2));
        assertThat(api.as(Role.MANAGER).post("/api/rotas/" + rota.id() + "/publish", Map.of("comment", "week"))
                .status()).isEqualTo(201);
        return new Week(helpline, rota, ada, bea, adasMonday, beasWednesday);
    }

    private static Map<String, Object> proposal(long shiftId, long partner, Long partnerShiftId) {
        Map<String, Object> body = new HashMap<>();
        body.put("shiftId", shiftId);
        body.put("partnerEmployeeId", partner);
        body.put("partnerShiftId", partnerShiftId);
        body.put("message", "family wedding on Monday");
        return body;
    }

    private long propose(Week week) {
        ApiResponse proposed = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), week.bea(), week.beasWednesday().id()));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        return proposed.id();
    }

    private RotaShift draftShift(Week week, long shiftId) {
        return rotas.shift(week.rota().id(), shiftId);
    }

    @Test
    void anAcceptedSwapApprovedByAManagerHandsBothShiftsOverInTheDraftPinned() {
        Week week = publishedWeek();
        JsonNode mine = api.asEmployee(week.ada()).get("/api/me/shifts?from=" + monday + "&to=" + monday).json();
        assertThat(mine.get(0).path("shiftId").asLong()).as("the id to propose").isEqualTo(week.adasMonday().id());

        long swap = propose(week);
        JsonNode offered = api.asEmployee(week.bea()).get("/api/me/swaps").json();
        ApiResponse accepted = api.asEmployee(week.bea()).post("/api/me/swaps/" + swap + "/accept",
                Map.of("version", offered.get(0).path("version").asLong()));
        JsonNode waiting = api.as(Role.MANAGER).get("/api/swaps?status=ACCEPTED").json();
        ApiResponse approved = api.as(Role.MANAGER).post("/api/swaps/" + swap + "/approve",
                Map.of("version", accepted.json().path("version").asLong(), "note", "fine"));

        assertThat(offered).singleElement().satisfies(found -> {
            assertThat(found.path("status").asText()).isEqualTo("PROPOSED");
            assertThat(found.path("message").asText()).isEqualTo("family wedding on Monday");
        });
        assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(waiting.findValuesAsText("id")).contains(String.valueOf(swap));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("swap").path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().path("swap").path("decidedBy").asText()).isEqualTo("test-manager");
        assertThat(approved.json().path("impact").path("feasible").asBoolean()).isTrue();
        assertThat(approved.json().path("rotaVersion").asLong()).isEqualTo(rotas.get(week.rota().id()).version());
        assertThat(draftShift(week, week.adasMonday().id())).satisfies(shift -> {
            assertThat(shift.employeeId()).isEqualTo(week.bea());
            assertThat(shift.pinned()).as("a solve keeps it").isTrue();
        });
        assertThat(draftShift(week, week.beasWednesday().id()).employeeId()).isEqualTo(week.ada());

        api.as(Role.MANAGER).post("/api/rotas/" + week.rota().id() + "/publish", Map.of("comment", "swap"));
        JsonNode changes = api.asEmployee(week.ada()).get("/api/me/shift-changes").json();
        assertThat(changes.findValuesAsText("date"))
                .containsExactly(monday.toString(), monday.plusDays(2).toString());
    }

    @Test
    void aSwapThatWouldBreakTheLawIsRefusedUnlessAcknowledgedAndTheRefusalChangesNothing() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift adasMondayLate = rotas.addShift(rota.id(), ada, helpline.late().id(), monday);
        rotas.addShift(rota.id(), bea, helpline.early().id(), monday.plusDays(1));
        api.as(Role.MANAGER).post("/api/rotas/" + rota.id() + "/publish", Map.of("comment", "week"));
        long swap = api.asEmployee(ada).post("/api/me/swaps", proposal(adasMondayLate.id(), bea, null)).id();
        api.asEmployee(bea).post("/api/me/swaps/" + swap + "/accept", Map.of("version", 0));
        long rotaVersion = rotas.get(rota.id()).version();

        // Bea would end Ada's late shift at 22:00 on Monday and start her own at 06:00 on Tuesday.
        ApiResponse refused = api.as(Role.MANAGER).post("/api/swaps/" + swap + "/approve", Map.of("version", 1));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("acknowledgeHardViolations");
        assertThat(refused.json().toString()).contains("Minimum rest between shifts");
        assertThat(rotas.shift(rota.id(), adasMondayLate.id()).employeeId()).isEqualTo(ada);
        assertThat(rotas.get(rota.id()).version()).isEqualTo(rotaVersion);
        assertThat(api.as(Role.PLANNER).get("/api/swaps/" + swap).json().path("status").asText())
                .isEqualTo("ACCEPTED");

        ApiResponse acknowledged = api.as(Role.MANAGER).post("/api/swaps/" + swap + "/approve",
                Map.of("version", 1, "acknowledgeHardViolations", true));

        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().path("impact").path("feasible").asBoolean()).isFalse();
        assertThat(rotas.shift(rota.id(), adasMondayLate.id()).employeeId()).isEqualTo(bea);
    }

    @Test
    void onlyTheRightPeopleMoveASwapOnAndEachStepHappensOnce() {
        Week week = publishedWeek();
        long carl = week.helpline().staff().get(2);
        ApiResponse notMine = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.beasWednesday().id(), carl, null));
        ApiResponse withMyself = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), week.ada(), null));
        ApiResponse notTheirs = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), carl, week.beasWednesday().id()));
        long swap = propose(week);
        ApiResponse again = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), carl, null));

        assertThat(notMine.status()).isEqualTo(422);
        assertThat(notMine.errorFields()).containsExactly("shiftId");
        assertThat(withMyself.errorFields()).containsExactly("partnerEmployeeId");
        assertThat(notTheirs.errorFields()).containsExactly("partnerShiftId");
        assertThat(again.status()).as("one open swap per shift").isEqualTo(409);

        assertThat(api.as(Role.MANAGER).post("/api/swaps/" + swap + "/approve", Map.of("version", 0)).status())
                .as("not accepted yet").isEqualTo(409);
        assertThat(api.asEmployee(carl).post("/api/me/swaps/" + swap + "/accept", Map.of("version", 0)).status())
                .as("someone not asked").isEqualTo(404);
        assertThat(api.asEmployee(week.ada()).post("/api/me/swaps/" + swap + "/accept", Map.of("version", 0))
                .errorFields()).as("the requester").containsExactly("id");
        assertThat(api.asEmployee(week.bea()).post("/api/me/swaps/" + swap + "/accept", Map.of("version", 0))
                .status()).isEqualTo(200);
        assertThat(api.asEmployee(week.bea()).post("/api/me/swaps/" + swap + "/decline", Map.of("version", 0))
                .status()).as("a stale version").isEqualTo(409);
        assertThat(api.as(Role.PLANNER).post("/api/swaps/" + swap + "/approve", Map.of("version", 1)).status())
                .as("planners do not approve").isEqualTo(403);
        assertThat(api.asEmployee(week.ada()).get("/api/swaps").status()).isEqualTo(403);

        rotas.changeShift(week.rota().id(), week.beasWednesday().id(), carl, week.helpline().early().id(), false);
        ApiResponse draftMovedOn = api.as(Role.MANAGER).post("/api/swaps/" + swap + "/approve", Map.of("version", 1));
        assertThat(draftMovedOn.status()).as(draftMovedOn.toString()).isEqualTo(409);
        assertThat(draftMovedOn.json().toString()).contains("employee " + carl + " now");

        ApiResponse cancelled = api.asEmployee(week.ada()).post("/api/me/swaps/" + swap + "/cancel",
                Map.of("version", 1));
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(api.as(Role.MANAGER).post("/api/swaps/" + swap + "/reject", Map.of("version", 2)).status())
                .isEqualTo(409);
    }

    @Test
    void aSwapNobodyCouldApproveIsRefusedWhenProposedAndOneOnAShiftChangedSinceIsRefusedWhenApproved() {
        Week week = publishedWeek();
        long outsider = fixture.helpline(1).staff().get(0);
        ApiResponse withoutTheSkill = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), outsider, null));
        RotaShift beasMonday = rotas.addShift(week.rota().id(), week.bea(), week.helpline().late().id(), monday);
        api.as(Role.MANAGER).post("/api/rotas/" + week.rota().id() + "/publish", Map.of("comment", "Bea on Monday"));
        ApiResponse alreadyWorking = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), week.bea(), null));
        ApiResponse exchangeOnTheDay = api.asEmployee(week.ada()).post("/api/me/swaps",
                proposal(week.adasMonday().id(), week.bea(), beasMonday.id()));

        assertThat(withoutTheSkill.status()).isEqualTo(422);
        assertThat(withoutTheSkill.errorFields()).containsExactly("partnerEmployeeId");
        assertThat(withoutTheSkill.json().path("detail").asText()).contains("does not hold the skill");
        assertThat(alreadyWorking.errorFields()).containsExactly("partnerEmployeeId");
        assertThat(alreadyWorking.json().path("detail").asText()).contains("already works shift " + beasMonday.id());
        assertThat(exchangeOnTheDay.status()).as("the shift Bea gives back frees her day").isEqualTo(201);

        long swap = exchangeOnTheDay.id();
        api.asEmployee(week.bea()).post("/api/me/swaps/" + swap + "/accept", Map.of("version", 0));
        Instant later = week.adasMonday().startsAt().plusSeconds(3600);
        rotas.changeShift(week.rota().id(), week.adasMonday().id(), week.ada(), week.helpline().early().id(), true,
                later, later.plusSeconds(8 * 3600));
        ApiResponse approved = api.as(Role.MANAGER).post("/api/swaps/" + swap + "/approve",
                Map.of("version", 1, "acknowledgeHardViolations", true));

        assertThat(approved.status()).as(approved.toString()).isEqualTo(409);
        assertThat(approved.json().path("detail").asText()).contains("has changed in the draft since it was published");
        assertThat(draftShift(week, week.adasMonday().id()).employeeId()).isEqualTo(week.ada());
    }
}
