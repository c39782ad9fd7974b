package org.permanence.rota;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.EmployeeTemplateLimits.TemplateLimit;
import org.permanence.rota.domain.EmployeeDay;
import org.permanence.rota.domain.RotaPlan;
import org.permanence.rota.domain.ShiftRequest;
import org.permanence.rota.solver.RotaSolverFactory;
import org.permanence.support.IsolatedIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week of 8 full-timers covering an early and a late shift of two people each day: enough people that the
 * solver is free to grant requests. A solve plans everyone in the database, so this test has a database of its own.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "permanence.test.database=requests")
@Import(PlanningFixture.class)
class RequestsAndLimitsSolveTest {

    private static final LocalDate MONDAY = LocalDate.of(2045, 1, 2);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final long MOVES = 100_000;

    @Autowired
    PlanningFixture fixture;
    @Autowired
    RotaPlans plans;
    @Autowired
    ShiftRequests requests;
    @Autowired
    EmployeeTemplateLimits limits;

    @Test
    void aSolveKeepsTemplateLimitsAndGrantsRequestsItIsFreeToGrant() {
        PlanningFixture.Helpline helpline = fixture.helpline(8);
        long neverLate = helpline.staff().get(0);
        long oneEarly = helpline.staff().get(1);
        long wantsEarlyOnWednesday = helpline.staff().get(2);
        long wantsThursdayOff = helpline.staff().get(3);
        limits.replace(neverLate, limits.of(neverLate).version(), List.of(new TemplateLimit(helpline.late().id(), 0)));
        limits.replace(oneEarly, limits.of(oneEarly).version(), List.of(new TemplateLimit(helpline.early().id(), 1)));
        requests.create(new ShiftRequestDraft(wantsEarlyOnWednesday, WEDNESDAY, helpline.early().id(),
                ShiftRequest.Kind.ON, 50, null, null));
        requests.create(new ShiftRequestDraft(wantsThursdayOff, THURSDAY, null, ShiftRequest.Kind.OFF, 50, null,
                null));
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(6));

        // A budget in moves, not seconds: the same search, and so the same rota, on a busy machine as on an idle one.
        RotaPlan solved = SolverFactory.<RotaPlan>create(RotaSolverFactory.loadConfig()
                        .withTerminationConfig(new TerminationConfig().withMoveCountLimit(MOVES)))
                .buildSolver().solve(plans.build(rota.id()));

        assertThat(solved.getScore().hardScore()).as(solved.getScore().toString()).isZero();
        assertThat(solved.getScore().mediumScore()).as("everything covered").isZero();
        assertThat(shifts(solved, neverLate, helpline.late().code())).isZero();
        assertThat(shifts(solved, oneEarly, helpline.early().code())).isLessThanOrEqualTo(1);
        assertThat(day(solved, wantsEarlyOnWednesday, WEDNESDAY).getShiftType()).isNotNull()
                .satisfies(type -> assertThat(type.getCode()).isEqualTo(helpline.early().code()));
        assertThat(day(solved, wantsThursdayOff, THURSDAY).isWorking()).isFalse();
    }

    private static long shifts(RotaPlan plan, long employeeId, String code) {
        return plan.getEmployeeDays().stream()
                .filter(day -> day.getEmployee().getId().equals(String.valueOf(employeeId)))
                .filter(day -> day.isWorking() && day.getShiftType().getCode().equals(code))
                .count();
    }

    private static EmployeeDay day(RotaPlan plan, long employeeId, LocalDate date) {
        return plan.getEmployeeDays().stream()
                .filter(day -> day.getEmployee().getId().equals(String.valueOf(employeeId))
                        && day.getDate().equals(date))
                .findFirst().orElseThrow();
    }
}
