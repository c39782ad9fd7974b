package org.permanence.security;

import org.junit.jupiter.api.Test;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityFoundationTest {

    @Autowired
    TestApi api;

    @Test
    void healthAndApiDocumentationArePublic() {
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health/readiness").json().path("status").asText())
                .as("start-up work done").isEqualTo("UP");
        var docs = api.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void apiRefusesAnonymousCallersWithAProblemDetail() {
        var response = api.anonymous().get("/api/employees");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aUrlTheFirewallRefusesGetsAProblemDetail() {
        var response = api.as(Role.HR).get("/api/payroll//export.csv");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains("empty path segment");
    }

    @Test
    void aRoleThatMayNotCallAMethodIsRefusedBeforeItsBodyIsRead() {
        var invalidSkill = Map.of("code", "");
        var hr = api.as(Role.HR).post("/api/skills", invalidSkill);
        var employee = api.as(Role.EMPLOYEE).post("/api/time-entries", Map.of("bogus", 1));
        var admin = api.as(Role.ADMIN).post("/api/skills", invalidSkill);

        assertThat(hr.status()).as(hr.toString()).isEqualTo(403);
        assertThat(hr.contentType()).startsWith("application/problem+json");
        assertThat(hr.json().path("instance").asText()).isEqualTo("/api/skills");
        assertThat(employee.status()).as(employee.toString()).isEqualTo(403);
        assertThat(admin.status()).as("the body is still checked for who may call").isEqualTo(400);
    }

    @Test
    void wrongPasswordIsRefused() {
        var refused = api.as("admin", "not-the-password").get("/api/employees");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("instance").asText()).isEqualTo("/api/employees");
        assertThat(refused.json().path("title").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void firstStartCreatesAdminWithTheConfiguredPassword() {
        var response = api.as("admin", TestApi.ADMIN_PASSWORD).get("/api/no-such-resource");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void usersHoldTheirRole() {
        assertThat(api.as(Role.HR).get("/api/no-such-resource").status()).isEqualTo(404);
    }
}
