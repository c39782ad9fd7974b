package org.permanence.planning.web;

import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which planning endpoint, through HTTP. Allowed calls are made so they fail for a business reason
 * (stale version 409, hard violations 422) and change nothing: only a 403 means "not allowed".
 */
@IntegrationTest
@Import(PlanningFixture.class)
class PlanningAccessMatrixTest {

    private static final LocalDate MONDAY = LocalDate.of(2043, 9, 7);

    @Autowired
    TestApi api;
    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;

    @Test
    void managersPublishPlannersEditHrReadsEmployeesOnlySeeTheirOwnShifts() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(6));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY);
        fixture.sick(ada, MONDAY, MONDAY);
        String base = "/api/rotas/" + rota.id();
        Map<String, Object> staleEdit = Map.of("version", 999_999, "pinned", true);
        Map<String, Object> stalePost = Map.of("version", 999_999, "shiftTemplateId", helpline.late().id(),
                "date", MONDAY.toString());

        for (Role role : Role.values()) {
            TestApi.Client client = api.as(role);
            boolean edits = Set.of(Role.ADMIN, Role.MANAGER, Role.PLANNER).contains(role);
            boolean manages = Set.of(Role.ADMIN, Role.MANAGER).contains(role);
            boolean reads = edits || role == Role.HR;
            String who = role.name();
            assertThat(client.send("PATCH", base + "/shifts/" + shift.id(), staleEdit).status()).as(who)
                    .isEqualTo(edits ? 409 : 403);
            assertThat(client.post(base + "/shifts", stalePost).status()).as(who).isEqualTo(edits ? 409 : 403);
            assertThat(client.delete(base + "/shifts/" + shift.id() + "?version=999999").status()).as(who)
                    .isEqualTo(edits ? 409 : 403);
            assertThat(client.get(base + "/shifts/" + shift.id() + "/candidates").status()).as(who)
                    .isEqualTo(edits ? 200 : 403);
            assertThat(client.post(base + "/publish", Map.of("comment", "x")).status()).as(who)
                    .isEqualTo(manages ? 422 : 403);
            assertThat(client.get(base + "/versions").status()).as(who).isEqualTo(reads ? 200 : 403);
            assertThat(client.get(base + "/versions/1").status()).as(who).isEqualTo(reads ? 404 : 403);
            assertThat(client.get(base + "/history").status()).as(who).isEqualTo(manages ? 200 : 403);
            assertThat(client.post(base + "/repair", Map.of()).status()).as(who).isEqualTo(edits ? 409 : 403);
            assertThat(client.get("/api/me/shifts?from=2043-09-07&to=2043-09-13").status()).as(who)
                    .isEqualTo(403);
        }
        assertThat(api.asEmployee(ada).get("/api/me/shifts?from=2043-09-07&to=2043-09-13").status())
                .isEqualTo(200);
        assertThat(api.asEmployee(ada).get(base + "/versions").status()).isEqualTo(403);
        assertThat(api.anonymous().get(base + "/versions").status()).isEqualTo(401);
        assertThat(rotas.shift(rota.id(), shift.id())).isEqualTo(shift);
    }
}
