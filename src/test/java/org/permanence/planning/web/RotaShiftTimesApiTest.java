package org.permanence.planning.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.planning.PlanningFixture;
import org.permanence.planning.RotaRepairs;
import org.permanence.planning.RotaVersions;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Managers giving a shift its own start and end over {@code PATCH /api/rotas/{id}/shifts/{shiftId}}. */
@IntegrationTest
@Import(PlanningFixture.class)
class RotaShiftTimesApiTest {

    private final LocalDate monday = TestPeriods.monday();

    /** The UTC instant {@code time} on the {@code days}-th day after this test's Monday, as the API writes it. */
    private String at(int days, String time) {
        return monday.plusDays(days) + "T" + time + ":00Z";
    }
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    TestApi api;
    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaPlans plans;
    @Autowired
    RotaVersions versions;
    @Autowired
    RotaRepairs repairs;
    @Autowired
    ShiftTemplates templates;

    private ApiResponse patch(Rota rota, long shiftId, Map<String, Object> body) {
        Map<String, Object> withVersion = new HashMap<>(body);
        withVersion.put("version", rotas.get(rota.id()).version());
        return api.as(Role.MANAGER).send("PATCH", "/api/rotas/" + rota.id() + "/shifts/" + shiftId, withVersion);
    }

    @Test
    void movingTheEndLaterShowsTheRestBreachInTheImpactAndTheAnalysisAndIsStored() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift late = rotas.addShift(rota.id(), ada, helpline.late().id(), monday);
        rotas.addShift(rota.id(), ada, helpline.late().id(), monday.plusDays(1));

        // 14:00 to 04:00 the next morning instead of 22:00: 10 h rest before Tuesday's 14:00 shift
        ApiResponse response = patch(rota, late.id(), Map.of("end", at(1, "03:00")));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode shift = response.json().path("shift");
        assertThat(shift.path("start").asText()).isEqualTo(at(0, "13:00"));
        assertThat(shift.path("end").asText()).isEqualTo(at(1, "03:00"));
        assertThat(shift.path("pinned").asBoolean()).isTrue();
        assertThat(shift.path("shiftTemplateId").asLong()).isEqualTo(helpline.late().id());
        JsonNode impact = response.json().path("impact");
        assertThat(impact.path("score").asText()).isEqualTo(fixture.score(rota.id()).toString());
        assertThat(PlanningFixture.constraintChange(impact, "Minimum rest between shifts").path("created").get(0).asText())
                .contains("10 h rest between " + helpline.late().code() + "@" + late.id(), "at least 11 h required");
        RotaShift stored = rotas.shift(rota.id(), late.id());
        assertThat(stored.startsAt()).isEqualTo(Instant.parse(at(0, "13:00")));
        assertThat(stored.endsAt()).isEqualTo(Instant.parse(at(1, "03:00")));
        assertThat(stored.pinned()).isTrue();
        JsonNode analysis = api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/analysis").json();
        assertThat(analysis.path("constraints").findValuesAsText("name")).contains("Minimum rest between shifts");
        assertThat(analysis.toString()).contains("10 h rest");
    }

    @Test
    void aReSolveKeepsTheHandTimedShiftWithItsTimes() {
        PlanningFixture.Helpline helpline = fixture.helpline(4);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(2));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(1));
        assertThat(patch(rota, shift.id(), Map.of("start", at(1, "06:00"), "end", at(1, "12:30")))
                .status()).isEqualTo(200);

        ApiResponse started = api.as(Role.PLANNER).post("/api/rotas/" + rota.id() + "/solve",
                Map.of("spentLimitSeconds", 30, "unimprovedLimitSeconds", 1));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        api.as(Role.MANAGER).awaitSolveEnd(rota.id());

        RotaShift kept = rotas.shift(rota.id(), shift.id());
        assertThat(kept.employeeId()).isEqualTo(ada);
        assertThat(kept.shiftTemplateId()).isEqualTo(helpline.early().id());
        assertThat(kept.startsAt()).isEqualTo(Instant.parse(at(1, "06:00")));
        assertThat(kept.endsAt()).isEqualTo(Instant.parse(at(1, "12:30")));
        assertThat(kept.pinned()).isTrue();
        assertThat(rotas.shifts(rota.id()))
                .filteredOn(other -> other.shiftDate().equals(monday.plusDays(1)) && ada == other.employeeId())
                .containsExactly(kept);
        assertThat(rotas.shifts(rota.id()).size()).as("the solve planned the other shifts").isGreaterThan(1);
        assertThat(rotas.shifts(rota.id())).filteredOn(other -> other.id() != shift.id())
                .noneMatch(other -> other.isHandTimed(templates.find(other.shiftTemplateId()).orElseThrow(), PARIS));
    }

    @Test
    void aNightAcrossTheClockChangeKeepsItsRealElapsedTime() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        LocalDate saturday = LocalDate.of(2041, 10, 26);
        Rota rota = fixture.rota(helpline, saturday, saturday.plusDays(1));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.late().id(), saturday);

        // 20:00 CEST on Saturday to 07:00 CET on Sunday: 11 h on the clock, 12 h worked
        ApiResponse response = patch(rota, shift.id(),
                Map.of("start", "2041-10-26T18:00:00Z", "end", "2041-10-27T06:00:00Z"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        RotaShift stored = rotas.shift(rota.id(), shift.id());
        assertThat(stored.endsAt()).isEqualTo(Instant.parse("2041-10-27T06:00:00Z"));
        JsonNode analysis = api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/analysis").json();
        JsonNode employee = null;
        for (JsonNode each : analysis.path("employees")) {
            if (each.path("employeeId").asLong() == ada) {
                employee = each;
            }
        }
        assertThat(employee).as(analysis.toString()).isNotNull();
        assertThat(employee.path("minutes").asLong()).isEqualTo(720);
    }

    @Test
    void timesAreValidatedAndNamedInTheProblem() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(1));
        rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(2));

        ApiResponse backwards = patch(rota, shift.id(), Map.of("end", at(1, "04:00")));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.errorFields()).containsExactly("end");
        ApiResponse tooLong = patch(rota, shift.id(), Map.of("end", at(2, "05:30")));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("end");
        ApiResponse otherDay = patch(rota, shift.id(), Map.of("start", at(1, "23:30"),
                "end", at(2, "04:00")));
        assertThat(otherDay.status()).isEqualTo(422);
        assertThat(otherDay.errorFields()).containsExactly("start");
        ApiResponse seconds = patch(rota, shift.id(), Map.of("start", at(1, "05:00").replace(":00Z", ":30Z")));
        assertThat(seconds.status()).as("payroll counts whole minutes, as templates give them").isEqualTo(422);
        assertThat(seconds.errorFields()).containsExactly("start");
        ApiResponse overlapping = patch(rota, shift.id(), Map.of("start", at(1, "10:00"),
                "end", at(2, "06:00")));
        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(409);
        assertThat(overlapping.errorFields()).containsExactly("end");
        ApiResponse unpinned = patch(rota, shift.id(), Map.of("end", at(1, "14:00"), "pinned", false));
        assertThat(unpinned.status()).isEqualTo(422);
        assertThat(unpinned.errorFields()).containsExactly("pinned");
        assertThat(rotas.shift(rota.id(), shift.id())).isEqualTo(shift);
    }

    @Test
    void aShiftThatWouldOverlapAnotherOfTheSameEmployeeIsRefusedHoweverItWouldComeAbout() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        long cleo = helpline.staff().get(2);
        ShiftTemplate night = templates.create(new ShiftTemplateDraft("Night " + helpline.tag(),
                "N" + helpline.tag(), LocalTime.of(22, 0), 540, helpline.skillId(), Set.of()));
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        // Ada's Monday night ends at 07:00 on Tuesday; an early shift starts at 06:00
        rotas.addShift(rota.id(), ada, night.id(), monday);
        RotaShift adasLate = rotas.addShift(rota.id(), ada, helpline.late().id(), monday.plusDays(1));
        RotaShift beasEarly = rotas.addShift(rota.id(), bea, helpline.early().id(), monday.plusDays(1));
        rotas.addShift(rota.id(), cleo, night.id(), monday.plusDays(2));
        List<RotaShift> before = rotas.shifts(rota.id());

        ApiResponse reassigned = patch(rota, beasEarly.id(), Map.of("employeeId", ada));
        ApiResponse retemplated = patch(rota, adasLate.id(), Map.of("shiftTemplateId", helpline.early().id()));
        ApiResponse added = api.as(Role.MANAGER).post("/api/rotas/" + rota.id() + "/shifts", Map.of(
                "version", rotas.get(rota.id()).version(), "employeeId", cleo,
                "shiftTemplateId", helpline.early().id(), "date", monday.plusDays(3).toString()));

        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(409);
        assertThat(reassigned.errorFields()).containsExactly("employeeId");
        assertThat(retemplated.status()).as(retemplated.toString()).isEqualTo(409);
        assertThat(retemplated.errorFields()).containsExactly("shiftTemplateId");
        assertThat(added.status()).as(added.toString()).isEqualTo(409);
        assertThat(added.errorFields()).containsExactly("employeeId");
        assertThat(added.json().path("detail").asText()).contains("overlap");
        assertThat(rotas.shifts(rota.id())).isEqualTo(before);
    }

    @Test
    void timingOneShiftByHandChangesTheImpactOfItsOwnDayOnly() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(2));
        RotaShift tuesday = null;
        for (int day = 0; day < 3; day++) {
            for (long person : helpline.staff()) {
                RotaShift shift = rotas.addShift(rota.id(), person, helpline.early().id(), monday.plusDays(day));
                tuesday = day == 1 ? shift : tuesday;
            }
        }

        // an hour later: 07:00 to 14:00 on Tuesday, three people on early duty each day (one more than needed)
        ApiResponse response = patch(rota, tuesday.id(), Map.of("start", at(1, "06:00")));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String day = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(monday.plusDays(1));
        List<String> coverage = new ArrayList<>();
        response.json().path("impact").path("constraints").forEach(change -> {
            if (List.of("Understaffing", "Overstaffing").contains(change.path("constraint").asText())) {
                change.path("created").forEach(text -> coverage.add("created " + text.asText()));
                change.path("removed").forEach(text -> coverage.add("removed " + text.asText()));
            }
        });
        // 06:00-14:00 with three people on duty becomes 06:00-07:00 with two and 07:00-14:00 with three: the hour
        // from 06:00 is no longer overstaffed, and the rest of the morning, now a cell of its own, is no change
        assertThat(coverage).containsExactly("removed PL" + helpline.tag() + " " + day + " 06:00–" + day + " 07:00: 3 people on duty, "
                + "2 people needed");
    }

    @Test
    void aStartInTheRepeatedHourOfTheClockChangeIsRefused() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        LocalDate sunday = LocalDate.of(2041, 10, 27);
        Rota rota = fixture.rota(helpline, sunday, sunday);
        RotaShift shift = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), sunday);

        // 02:30 CEST and 02:30 CET, the first and the second 02:30 of that night
        ApiResponse first = patch(rota, shift.id(), Map.of("start", "2041-10-27T00:30:00Z"));
        ApiResponse second = patch(rota, shift.id(), Map.of("start", "2041-10-27T01:30:00Z"));

        assertThat(first.status()).isEqualTo(422);
        assertThat(first.errorFields()).containsExactly("start");
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.errorFields()).containsExactly("start");
        assertThat(rotas.shift(rota.id(), shift.id()).startsAt()).isEqualTo(shift.startsAt());
    }

    @Test
    void unpinningAHandTimedShiftGivesItBackItsTemplateTimes() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        patch(rota, shift.id(), Map.of("start", at(0, "07:00")));

        ApiResponse reassigned = patch(rota, shift.id(), Map.of("employeeId", bea));
        assertThat(reassigned.json().path("shift").path("start").asText()).isEqualTo(at(0, "07:00"));
        ApiResponse unpinned = patch(rota, shift.id(), Map.of("pinned", false));

        assertThat(unpinned.status()).as(unpinned.toString()).isEqualTo(200);
        RotaShift stored = rotas.shift(rota.id(), shift.id());
        assertThat(stored.startsAt()).isEqualTo(Instant.parse(at(0, "05:00")));
        assertThat(stored.endsAt()).isEqualTo(Instant.parse(at(0, "13:00")));
        assertThat(stored.pinned()).isFalse();
        assertThat(stored.employeeId()).isEqualTo(bea);
    }

    @Test
    void candidatesForAHandTimedShiftAreScoredWithItsOwnTimes() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.late().id(), monday);
        rotas.addShift(rota.id(), bea, helpline.late().id(), monday.plusDays(1));
        patch(rota, shift.id(), Map.of("end", at(1, "03:00")));

        JsonNode candidates = api.as(Role.MANAGER).get("/api/rotas/" + rota.id() + "/shifts/" + shift.id()
                + "/candidates").json();

        JsonNode beaCandidate = null;
        for (JsonNode candidate : candidates) {
            if (candidate.path("employeeId").asLong() == bea) {
                beaCandidate = candidate;
            }
        }
        assertThat(beaCandidate).as(candidates.toString()).isNotNull();
        assertThat(beaCandidate.path("wouldBreak").toString()).contains("Minimum rest between shifts");
    }

    @Test
    void keepingAPublishedHandTimedShiftIsNoChangeForARepair() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(1));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        patch(rota, shift.id(), Map.of("start", at(0, "06:00")));
        versions.publish(rota.id(), "manager", "hand-timed", true);

        RotaPlan plan = plans.build(rota.id());
        repairs.repairPreparation(rota.id()).accept(plan);

        assertThat(RotaRepairs.changedAssignments(plan)).isEmpty();
    }
}
