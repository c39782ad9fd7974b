package org.permanence.rota.web;

import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RotaApiTest {

    @Autowired
    TestApi api;

    /** A period no other test uses: a rota may not share days with one another test published. */
    private static Map<String, Object> unusedFortnight() {
        LocalDate monday = TestPeriods.monday();
        return period(monday.toString(), monday.plusDays(13).toString());
    }

    private static Map<String, Object> period(String first, String last) {
        return new HashMap<>(Map.of("name", "Rota " + first, "firstDate", first, "lastDate", last));
    }

    @Test
    void plannerCreatesAnEmptyDraftForAPeriod() {
        ApiResponse created = api.as(Role.PLANNER).post("/api/rotas", unusedFortnight());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.json().path("version").asLong()).isZero();
        ApiResponse shifts = api.as(Role.HR).get("/api/rotas/" + created.id() + "/shifts");
        assertThat(shifts.status()).isEqualTo(200);
        assertThat(shifts.json()).isEmpty();
    }

    @Test
    void periodEndingBeforeItStartsIsRefusedNamingLastDate() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/rotas", period("2026-03-31", "2026-03-01"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("lastDate");
    }

    @Test
    void periodLongerThanTheSettingIsRefused() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/rotas", period("2026-01-01", "2026-03-31"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly("lastDate");
    }

    @Test
    void aNameIsOneLineOfTextLikeEveryNamePeopleRead() {
        for (String name : new String[] {"Rota\nJanuary", "Rota\u0000", "Rota\u2028January"}) {
            Map<String, Object> body = period("2026-03-01", "2026-03-31");
            body.put("name", name);

            ApiResponse response = api.as(Role.PLANNER).post("/api/rotas", body);

            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("name");
        }
        ApiResponse surrogate = api.as(Role.PLANNER).post("/api/rotas",
                "{\"name\":\"Rota \\ud800\",\"firstDate\":\"2026-03-01\",\"lastDate\":\"2026-03-31\"}");
        assertThat(surrogate.status()).as(surrogate.toString()).isEqualTo(400);
        assertThat(surrogate.errorFields()).containsExactly("name");
    }

    @Test
    void missingDatesAreBadRequests() {
        ApiResponse response = api.as(Role.PLANNER).post("/api/rotas", Map.of("name", "No dates"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("firstDate", "lastDate");
    }

    @Test
    void updateWithAStaleVersionIsAConflict() {
        Map<String, Object> renamed = unusedFortnight();
        long id = api.as(Role.PLANNER).post("/api/rotas", renamed).id();
        renamed.put("name", "April");
        renamed.put("version", 0);
        assertThat(api.as(Role.MANAGER).put("/api/rotas/" + id, renamed).status()).isEqualTo(200);

        ApiResponse stale = api.as(Role.PLANNER).put("/api/rotas/" + id, renamed);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
    }

    @Test
    void listingFiltersByStatusAndDeletedRotasAreGone() {
        long id = api.as(Role.PLANNER).post("/api/rotas", unusedFortnight()).id();

        ApiResponse drafts = api.as(Role.HR).get("/api/rotas?status=DRAFT&size=100");
        assertThat(drafts.json().path("items").findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(api.as(Role.HR).get("/api/rotas?status=PUBLISHED&size=500").json().path("items")
                .findValuesAsText("id")).doesNotContain(String.valueOf(id));

        assertThat(api.as(Role.PLANNER).delete("/api/rotas/" + id).status()).isEqualTo(204);
        assertThat(api.as(Role.PLANNER).get("/api/rotas/" + id).status()).isEqualTo(404);
        assertThat(api.as(Role.PLANNER).get("/api/rotas/" + id + "/shifts").status()).isEqualTo(404);
    }

    @Test
    void hrReadsButDoesNotWriteAndEmployeesAreKeptOut() {
        Map<String, Object> body = unusedFortnight();

        assertThat(api.as(Role.HR).get("/api/rotas").status()).isEqualTo(200);
        assertThat(api.as(Role.HR).post("/api/rotas", body).status()).isEqualTo(403);
        assertThat(api.as(Role.EMPLOYEE).get("/api/rotas").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/rotas").status()).isEqualTo(401);
        assertThat(api.as(Role.ADMIN).post("/api/rotas", body).status()).isEqualTo(201);
    }
}
