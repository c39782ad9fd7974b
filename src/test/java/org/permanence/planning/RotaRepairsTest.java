package org.permanence.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.junit.jupiter.api.Test;
import org.permanence.rota.EmployeeTemplateLimits;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaPlans;
import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftType;
import org.permanence.rota.solver.RotaConstraintProvider;
import org.permanence.rota.solver.RotaSolverFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IsolatedIntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A published, legal rota; one employee falls sick for two days. The repair must make the rota legal again while
 * changing far fewer assignments than solving the period again from scratch would. A solve plans everyone in the
 * database, so these tests have a database of their own, and each helpline's needs hold only on its own rota's dates:
 * whichever test runs first, a rota's coverage depends on its own helpline alone.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "permanence.test.database=repairs")
@Import(PlanningFixture.class)
class RotaRepairsTest {

    private static final LocalDate MONDAY = LocalDate.of(2044, 1, 4);
    private static final Duration BUDGET = Duration.ofSeconds(15);
    private static final Duration UNIMPROVED = Duration.ofSeconds(3);

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
    RotaHistory history;
    @Autowired
    EmployeeTemplateLimits templateLimits;
    @Autowired
    TestApi api;
    @Autowired
    SolutionManager<RotaPlan, HardMediumSoftLongScore> solutionManager;

    @Test
    void aLimitSetAfterPublishingIsRepairedByMovingOnlyTheShiftsOverIt() {
        LocalDate monday = MONDAY.plusWeeks(12);
        Rota rota = publishedFortnight(fixture.helpline(8, monday, monday.plusDays(13)), monday);
        Map<List<Long>, Long> byPersonAndTemplate = rotas.shifts(rota.id()).stream()
                .collect(Collectors.groupingBy(shift -> List.of(shift.employeeId(), shift.shiftTemplateId()),
                        Collectors.counting()));
        Map.Entry<List<Long>, Long> most = byPersonAndTemplate.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        long person = most.getKey().get(0);
        long template = most.getKey().get(1);
        int over = Math.toIntExact(most.getValue()) - 1;
        templateLimits.replace(person, templateLimits.of(person).version(), List.of(new EmployeeTemplateLimits.TemplateLimit(template, 1)));
        assertThat(fixture.score(rota.id()).hardScore()).isNegative();

        RotaRepairs.Repair repair = repairs.repair(rota.id(), BUDGET, UNIMPROVED);

        assertThat(fixture.score(rota.id()).hardScore()).isZero();
        assertThat(repair.changedAssignments()).as("each shift over the limit moves to someone else, or becomes"
                + " another shift of its holder: a few days around each, not the rota").hasSizeLessThanOrEqualTo(3 * over);
    }

    @Test
    void shiftsLeftAfterAnEmploymentEndsAreTakenOffAndCoveredByARepair() {
        LocalDate monday = MONDAY.plusWeeks(8);
        PlanningFixture.Helpline helpline = fixture.helpline(8, monday, monday.plusDays(13));
        Rota rota = publishedFortnight(helpline, monday);
        LocalDate lastDay = monday.plusDays(6);
        long leaving = busiestOn(rota.id(), helpline.staff(), lastDay.plusDays(1), lastDay.plusDays(2));
        ObjectNode employee = (ObjectNode) api.as(Role.ADMIN).get("/api/employees/" + leaving).json();
        employee.put("employmentEnd", lastDay.toString());
        assertThat(api.as(Role.ADMIN).put("/api/employees/" + leaving, employee).status()).isEqualTo(200);
        assertThat(fixture.score(rota.id()).hardScore()).as("shifts after the last day").isNegative();

        RotaRepairs.Repair repair = repairs.repair(rota.id(), BUDGET, UNIMPROVED);

        assertThat(fixture.score(rota.id()).hardScore()).isZero();
        assertThat(rotas.shifts(rota.id())).noneMatch(shift -> shift.employeeId() == leaving
                && shift.shiftDate().isAfter(lastDay));
        assertThat(repair.changedAssignments()).allMatch(change -> !change.contains(" " + monday.plusDays(1) + ":"),
                "days long before the departure keep their shifts");
    }

    @Test
    void aSickCallIsRepairedLegallyWithFarFewerChangesThanAFullReSolve() {
        PlanningFixture.Helpline helpline = fixture.helpline(8, MONDAY, MONDAY.plusDays(13));
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(13));
        RotaPlan solved = solve(plans.build(rota.id()));
        assertThat(solved.getScore().hardScore()).as("the starting rota must be legal").isZero();
        assertThat(solved.getScore().mediumScore()).as("eight people can cover every need").isZero();
        plans.save(rota.id(), solved);
        RotaVersion published = versions.publish(rota.id(), "manager", "January", false);
        LocalDate firstSickDay = MONDAY.plusDays(4);
        LocalDate secondSickDay = MONDAY.plusDays(5);
        long sick = busiestOn(rota.id(), helpline.staff(), firstSickDay, secondSickDay);
        fixture.sick(sick, firstSickDay, secondSickDay);
        assertThat(fixture.score(rota.id()).hardScore()).isNegative();

        RotaRepairs.Repair repair = repairs.repair(rota.id(), BUDGET, UNIMPROVED);

        HardMediumSoftLongScore repaired = HardMediumSoftLongScore.parseScore(repair.score());
        assertThat(repaired.hardScore()).isZero();
        assertThat(fixture.score(rota.id()).hardScore()).isZero();
        assertThat(rotas.shifts(rota.id())).noneMatch(shift -> shift.employeeId() == sick
                && (shift.shiftDate().equals(firstSickDay) || shift.shiftDate().equals(secondSickDay)));
        assertThat(fixture.score(rota.id()).mediumScore()).as("the sick person's shifts are covered by others")
                .isZero();
        assertThat(repaired.mediumScore()).as("each change costs the repair two hours of cover, on the medium level")
                .isEqualTo(-120L * repair.changedAssignments().size());
        assertEveryChangeIsNeeded(rota.id());

        RotaPlan fromScratch = plans.build(rota.id());
        fromScratch.getEmployeeDays().stream().filter(day -> !day.isPinned()).forEach(day -> day.setShiftType(null));
        RotaPlan reSolved = solve(fromScratch);
        repairs.repairPreparation(rota.id()).accept(reSolved);
        int repairChanges = repair.changedAssignments().size();
        int fullReSolveChanges = RotaRepairs.changedAssignments(reSolved).size();
        System.out.printf("Repair after a two-day sick call: published %s, repaired %s with %d changed employee-days "
                + "%s; full re-solve %s with %d changed employee-days%n", published.score(), repair.score(),
                repairChanges, repair.changedAssignments(), reSolved.getScore(), fullReSolveChanges);

        assertThat(repairChanges).isPositive();
        assertThat(repairChanges * 3).isLessThanOrEqualTo(fullReSolveChanges);
        assertThat(history.of(rota.id())).extracting(RotaChange::action).containsExactly("PUBLISH", "REPAIR");
    }

    /** Giving any one changed day back its published assignment would make the repaired rota score worse. */
    private void assertEveryChangeIsNeeded(long rotaId) {
        RotaPlan repaired = plans.build(rotaId);
        repairs.repairPreparation(rotaId).accept(repaired);
        HardMediumSoftLongScore score = solutionManager.update(repaired);
        for (EmployeeDay day : repaired.getEmployeeDays()) {
            if (day.isPinned() || !day.differsFromPublished() || !day.mayTake(day.getPublishedShiftType())) {
                continue;
            }
            ShiftType changed = day.getShiftType();
            day.setShiftType(day.getPublishedShiftType());
            assertThat(solutionManager.update(repaired)).as("undoing the change of %s alone", day).isLessThan(score);
            day.setShiftType(changed);
        }
    }

    @Test
    void aPinnedShiftSurvivesTheRepairEvenWhenItBreaksARule() {
        PlanningFixture.Helpline helpline = fixture.helpline(3, MONDAY.plusDays(21), MONDAY.plusDays(23));
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, MONDAY.plusDays(21), MONDAY.plusDays(23));
        RotaShift pinned = rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY.plusDays(22));
        RotaShift unpinned = rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY.plusDays(23));
        pinned = rotas.changeShift(rota.id(), pinned.id(), ada, helpline.early().id(), true);
        versions.publish(rota.id(), "manager", "pinned", true);
        fixture.sick(ada, MONDAY.plusDays(22), MONDAY.plusDays(23));
        long versionBefore = rotas.get(rota.id()).version();

        RotaRepairs.Repair repair = repairs.repair(rota.id(), Duration.ofSeconds(3), Duration.ofSeconds(1));

        assertThat(repair.rotaVersion()).isGreaterThan(versionBefore).isEqualTo(rotas.get(rota.id()).version());
        assertThat(rotas.shifts(rota.id())).contains(pinned);
        long unpinnedId = unpinned.id();
        assertThat(rotas.shifts(rota.id())).noneMatch(shift -> shift.id() == unpinnedId);
        assertThat(rotas.shifts(rota.id())).noneMatch(shift -> shift.employeeId() == ada
                && shift.shiftDate().equals(MONDAY.plusDays(23)));
    }

    @Test
    void aRepairSolveOverRestRunsInTheBackgroundAndIsAudited() {
        LocalDate first = MONDAY.plusDays(28);
        PlanningFixture.Helpline helpline = fixture.helpline(8, first, first.plusDays(6));
        Rota rota = fixture.rota(helpline, first, first.plusDays(6));
        plans.save(rota.id(), solve(plans.build(rota.id())));
        versions.publish(rota.id(), "manager", "February", false);
        long sick = busiestOn(rota.id(), helpline.staff(), first.plusDays(2), first.plusDays(3));
        fixture.sick(sick, first.plusDays(2), first.plusDays(3));
        long versionBefore = rotas.get(rota.id()).version();
        String solve = "/api/rotas/" + rota.id() + "/solve";

        ApiResponse started = api.as(Role.PLANNER).post(solve + "?mode=repair",
                Map.of("spentLimitSeconds", 10, "unimprovedLimitSeconds", 2));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode ended = api.as(Role.PLANNER).awaitSolveEnd(rota.id());
        assertThat(HardMediumSoftLongScore.parseScore(ended.path("bestScore").asText()).hardScore()).isZero();
        assertThat(rotas.shifts(rota.id())).noneMatch(shift -> shift.employeeId() == sick
                && (shift.shiftDate().equals(first.plusDays(2)) || shift.shiftDate().equals(first.plusDays(3))));
        assertThat(rotas.get(rota.id()).version()).as("stale edits are refused after a solve")
                .isGreaterThan(versionBefore);
        RotaPlan repaired = plans.build(rota.id());
        repairs.repairPreparation(rota.id()).accept(repaired);
        assertThat(RotaRepairs.changedAssignments(repaired))
                .as("the sick person's shifts go; of the 56 employee-days at most a third change")
                .hasSizeBetween(1, 56 / 3);
        assertThat(history.of(rota.id())).last().satisfies(change -> {
            assertThat(change.action()).isEqualTo("SOLVE");
            assertThat(change.changedBy()).isEqualTo("test-planner");
            assertThat(change.afterJson()).contains("\"mode\":\"repair\"");
        });
    }

    private static RotaPlan solve(RotaPlan plan) {
        return RotaSolverFactory.create(BUDGET, UNIMPROVED).buildSolver().solve(plan);
    }

    /** The staff member with the most shifts on the two days. */
    /** A solved fortnight of the helpline from {@code monday}, published as version 1. */
    private Rota publishedFortnight(PlanningFixture.Helpline helpline, LocalDate monday) {
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(13));
        plans.save(rota.id(), solve(plans.build(rota.id())));
        versions.publish(rota.id(), "manager", "fortnight", false);
        return rota;
    }

    private long busiestOn(long rotaId, List<Long> staff, LocalDate first, LocalDate second) {
        Map<Long, Long> shifts = rotas.shifts(rotaId).stream()
                .filter(shift -> shift.shiftDate().equals(first) || shift.shiftDate().equals(second))
                .filter(shift -> staff.contains(shift.employeeId()))
                .collect(Collectors.groupingBy(RotaShift::employeeId, Collectors.counting()));
        return shifts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
