package org.permanence.system.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The container's error page and the requests refused before the service sees them answer problem details. */
@IntegrationTest
class ErrorPathApiTest {

    @Autowired
    TestApi api;

    @Test
    void askingForTheErrorPageItselfIsANotFoundProblem() {
        for (String method : new String[] {"GET", "POST"}) {
            ApiResponse response = api.anonymous().sendVerbatim(method, "/error");

            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(404);
            assertThat(response.json().path("detail").asText()).isEqualTo("No resource at /error");
        }
    }

    @Test
    void aMethodTheFirewallRefusesIsNotAllowedOnTheRequestedPath() {
        ApiResponse response = api.anonymous().sendVerbatim("TRACE", "/api/skills");

        assertThat(response.status()).as(response.toString()).isEqualTo(405);
        assertThat(response.json().path("detail").asText()).isEqualTo("The HTTP method TRACE is not allowed");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/skills");
        ApiResponse notTaken = api.as(Role.ADMIN).send("PUT", "/api/skills", "{}");
        assertThat(notTaken.status()).as(notTaken.toString()).isEqualTo(405);
        assertThat(notTaken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anErrorForwardedByTheContainerKeepsItsStatusAndNamesTheFailedPath() {
        MockHttpServletRequest forwarded = new MockHttpServletRequest("GET", "/error");
        forwarded.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 503);
        forwarded.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/rotas/1/solve");

        ResponseEntity<ProblemDetail> answer = new ProblemErrorController().error(forwarded);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getStatus()).isEqualTo(503);
        assertThat(answer.getBody().getInstance()).isEqualTo(URI.create("/api/rotas/1/solve"));
    }
}
