package org.permanence.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.support.ApiResponse;
import org.permanence.support.IsolatedIntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo helpline, loaded at start-up as on a first {@code ./mvnw spring-boot:run} (in a database of its own),
 * solved over REST by the demo planner as the README shows. The staff suffice for every need (docs/demo.md), so the
 * solve must end without a legal breach and with the needs covered.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "permanence.demo.enabled=true")
class DemoRotaSolvingTest {

    @Autowired
    TestApi api;

    @Test
    void theDemoRotaSolvesToNoHardBreachWithItsNeedsCovered() {
        TestApi.Client planner = api.as("planner", DemoHelpline.USERS.get("planner"));
        TestApi.Client manager = api.as("manager", DemoHelpline.USERS.get("manager"));
        JsonNode drafts = planner.get("/api/rotas?status=DRAFT").json().path("items");
        assertThat(drafts).hasSize(1);
        long rotaId = drafts.get(0).path("id").asLong();

        ApiResponse started = planner.post("/api/rotas/" + rotaId + "/solve",
                Map.of("spentLimitSeconds", 25, "unimprovedLimitSeconds", 10));

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("warnings")).isEmpty();
        JsonNode finished = waitUntilSolved(manager, rotaId);
        assertThat(finished.path("bestScore").asText()).startsWith("0hard/");
        JsonNode analysis = manager.get("/api/rotas/" + rotaId + "/analysis").json();
        assertThat(analysis.path("feasible").asBoolean()).isTrue();
        assertThat(analysis.path("warnings")).isEmpty();
        assertThat(analysis.path("coverage").path("percent").asDouble()).isGreaterThanOrEqualTo(99.0);
    }

    private static JsonNode waitUntilSolved(TestApi.Client client, long rotaId) {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode status = client.get("/api/rotas/" + rotaId + "/solve").json();
            if (status.path("status").asText().equals("NOT_SOLVING")) {
                return status;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("demo rota still solving after two minutes");
    }
}
