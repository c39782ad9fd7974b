package org.permanence.system.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A parameter whose value is blank or not valid percent-encoding is a 400 naming it: Spring MVC bound a blank one
 * as "not given" and the servlet container dropped an undecodable one, so a filter or a team went missing and
 * {@code confirm?skillId=} confirmed the month for the whole helpline.
 */
@IntegrationTest
class UnreadableQueryParametersApiTest {

    private static final String BLANK = "must not be blank; leave the parameter out to give none";
    private static final String UNDECODABLE = "cannot be read: it is not valid percent-encoded UTF-8";

    @Autowired
    TestApi api;

    @Test
    void aTeamThatCannotBeReadDoesNotConfirmTheWholeHelpline() {
        TestApi.Client manager = api.as(Role.MANAGER);

        assertRefused(manager.sendVerbatim("POST", "/api/payroll/2041-04/confirm?skillId=2%ZZ"), "skillId",
                UNDECODABLE);
        assertRefused(manager.post("/api/payroll/2041-04/confirm?skillId=", null), "skillId", BLANK);
        assertRefused(manager.post("/api/payroll/2041-04/confirm?skillId", null), "skillId", BLANK);
        assertRefused(manager.post("/api/payroll/2041-04/confirm?skillId=%20", null), "skillId", BLANK);

        JsonNode month = api.as(Role.HR).get("/api/payroll/2041-04").json();
        assertThat(month.path("status").asText()).isEqualTo("OPEN");
        assertThat(month.path("events")).isEmpty();
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedRatherThanDropped() {
        TestApi.Client hr = api.as(Role.HR);

        assertRefused(hr.sendVerbatim("GET", "/api/time-entries?employeeId=1%ZZ&size=1"), "employeeId", UNDECODABLE);
        assertRefused(hr.sendVerbatim("GET", "/api/employees?name=Garc%ZZ"), "name", UNDECODABLE);
        assertRefused(hr.sendVerbatim("GET", "/api/employees?name=Garc%C3%28"), "name", UNDECODABLE);
        assertRefused(hr.sendVerbatim("GET", "/api/skills?size=%Z"), "size", UNDECODABLE);
        assertRefused(hr.get("/api/employees?skillId=&size=1"), "skillId", BLANK);
        assertRefused(hr.get("/api/employees?activeOn=+"), "activeOn", BLANK);
    }

    @Test
    void encodedValuesStillWork() {
        ApiResponse found = api.as(Role.HR).get("/api/employees?name=Garc%C3%ADa+Nobody&size=1");

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
    }

    @Test
    void aPathTheContainerCannotReadIsAProblemToo() {
        for (String path : new String[] {"/api/skills/1%00", "/api/users/admin%00", "/api/skills/%ZZ"}) {
            ApiResponse refused = api.as(Role.ADMIN).sendVerbatim("GET", path);

            assertThat(refused.status()).as(path + " " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).startsWith("The request URL cannot be read");
        }
    }

    private static void assertRefused(ApiResponse response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.json().path("errors").get(0).path("reason").asText()).isEqualTo(reason);
    }
}
