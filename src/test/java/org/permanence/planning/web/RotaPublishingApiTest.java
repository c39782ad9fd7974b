package org.permanence.planning.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaShift;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Concurrently;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(PlanningFixture.class)
class RotaPublishingApiTest {

    private static final LocalDate MONDAY = LocalDate.of(2042, 6, 2);

    @Autowired
    TestApi api;
    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;

    private String path(Rota rota) {
        return "/api/rotas/" + rota.id();
    }

    @Test
    void hardViolationsBlockPublishingUnlessAcknowledgedAndTheVersionRecordsIt() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(6));
        rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY);
        fixture.sick(ada, MONDAY, MONDAY);

        ApiResponse refused = api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "June"));
        ApiResponse published = api.as(Role.MANAGER).post(path(rota) + "/publish",
                Map.of("comment", "June, Ada covers anyway", "acknowledgeHardViolations", true));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("acknowledgeHardViolations");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        JsonNode version = published.json();
        assertThat(version.path("number").asInt()).isEqualTo(1);
        assertThat(version.path("publishedBy").asText()).isEqualTo("test-manager");
        assertThat(version.path("hardViolationsAcknowledged").asBoolean()).isTrue();
        assertThat(version.path("score").asText()).isEqualTo(fixture.score(rota.id()).toString()).contains("-480hard");
        JsonNode history = api.as(Role.ADMIN).get(path(rota) + "/history").json();
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("action").asText()).isEqualTo("PUBLISH");
        assertThat(history.get(0).path("afterJson").asText()).contains("\"hardViolationsAcknowledged\":true");
    }

    @Test
    void publishesSentAtOnceEachGetTheirOwnVersionNumber() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(6));
        rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), MONDAY);

        List<Integer> statuses = Concurrently.statuses(4, i -> api.as(Role.MANAGER).post(path(rota) + "/publish",
                Map.of("comment", "click " + i)));

        assertThat(statuses).containsOnly(201);
        JsonNode versions = api.as(Role.HR).get(path(rota) + "/versions").json();
        assertThat(versions.findValuesAsText("number")).containsExactlyInAnyOrder("1", "2", "3", "4");
    }

    @Test
    void aPublishedVersionNeverChangesAndVersionsDiffByAssignment() {
        PlanningFixture.Helpline helpline = fixture.helpline(3);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        long cyd = helpline.staff().get(2);
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(6));
        RotaShift early = rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY);
        RotaShift late = rotas.addShift(rota.id(), bea, helpline.late().id(), MONDAY);
        assertThat(api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "first")).status())
                .isEqualTo(201);
        String versionOne = api.as(Role.HR).get(path(rota) + "/versions/1").body();

        api.as(Role.MANAGER).send("PATCH", path(rota) + "/shifts/" + early.id(),
                Map.of("version", rotas.get(rota.id()).version(), "employeeId", cyd));
        api.as(Role.MANAGER).delete(path(rota) + "/shifts/" + late.id() + "?version="
                + rotas.get(rota.id()).version());
        api.as(Role.MANAGER).post(path(rota) + "/shifts", Map.of("version", rotas.get(rota.id()).version(),
                "employeeId", bea, "shiftTemplateId", helpline.early().id(), "date", MONDAY.plusDays(1).toString()));

        assertThat(api.as(Role.HR).get(path(rota) + "/versions/1").body()).isEqualTo(versionOne);
        assertThat(api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "second")).status())
                .isEqualTo(201);
        assertThat(api.as(Role.HR).get(path(rota) + "/versions/1").body()).isEqualTo(versionOne);
        JsonNode list = api.as(Role.HR).get(path(rota) + "/versions").json();
        List<String> comments = new ArrayList<>();
        list.forEach(version -> comments.add(version.path("number").asInt() + ":" + version.path("comment").asText()));
        assertThat(comments).containsExactly("1:first", "2:second");

        JsonNode diff = api.as(Role.HR).get(path(rota) + "/versions/1/diff/2").json();

        assertThat(diff.path("reassigned")).singleElement().satisfies(change -> {
            assertThat(change.path("fromEmployeeId").asLong()).isEqualTo(ada);
            assertThat(change.path("toEmployeeId").asLong()).isEqualTo(cyd);
            assertThat(change.path("date").asText()).isEqualTo(MONDAY.toString());
        });
        assertThat(diff.path("removed")).singleElement().satisfies(change -> {
            assertThat(change.path("employeeId").asLong()).isEqualTo(bea);
            assertThat(change.path("shiftTemplateId").asLong()).isEqualTo(helpline.late().id());
        });
        assertThat(diff.path("added")).singleElement().satisfies(change ->
                assertThat(change.path("date").asText()).isEqualTo(MONDAY.plusDays(1).toString()));
    }

    @Test
    void employeesSeeOnlyTheirOwnPublishedShifts() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(6));
        rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY);
        rotas.addShift(rota.id(), bea, helpline.early().id(), MONDAY);
        String week = "/api/me/shifts?from=" + MONDAY + "&to=" + MONDAY.plusDays(6);
        assertThat(api.asEmployee(ada).get(week).json()).isEmpty();

        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "week"));
        rotas.addShift(rota.id(), ada, helpline.late().id(), MONDAY.plusDays(2));

        JsonNode mine = api.asEmployee(ada).get(week).json();
        assertThat(mine).singleElement().satisfies(shift -> {
            assertThat(shift.path("date").asText()).isEqualTo(MONDAY.toString());
            assertThat(shift.path("shiftCode").asText()).isEqualTo(helpline.early().code());
            assertThat(shift.path("start").asText()).isEqualTo("2042-06-02T04:00:00Z");
            assertThat(shift.path("version").asInt()).isEqualTo(1);
        });
        assertThat(api.asEmployee(ada).get("/api/me/shifts?from=" + MONDAY.plusDays(1) + "&to="
                + MONDAY.plusDays(6)).json()).isEmpty();
    }
}
