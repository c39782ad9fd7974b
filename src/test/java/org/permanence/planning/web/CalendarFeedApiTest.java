package org.permanence.planning.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.Rota;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Download;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(PlanningFixture.class)
class CalendarFeedApiTest {

    private static final String PASSWORD = "a long enough password";

    private final LocalDate monday = TestPeriods.monday();

    @Autowired
    TestApi api;
    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;
    @Autowired
    JdbcClient jdbc;

    private record Employee(long id, String username) {
    }

    /** An employee with a published early shift on Monday, and an account of their own. */
    private Employee employeeWithAPublishedShift() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        long employee = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        rotas.addShift(rota.id(), employee, helpline.early().id(), monday);
        assertThat(api.as(Role.MANAGER).post("/api/rotas/" + rota.id() + "/publish", Map.of("comment", "week"))
                .status()).isEqualTo(201);
        String username = "feed." + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse account = api.as(Role.ADMIN).post("/api/users", Map.of("username", username, "password", PASSWORD,
                "roles", List.of("EMPLOYEE"), "employeeId", employee));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        return new Employee(employee, username);
    }

    private String issueLink(Employee employee) {
        ApiResponse issued = api.as(employee.username(), PASSWORD).post("/api/me/calendar-feed", null);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return URI.create(issued.json().path("url").asText()).getPath();
    }

    private String window() {
        return "?from=" + monday + "&to=" + monday.plusDays(6);
    }

    @Test
    void aCalendarApplicationReadsTheEmployeesPublishedShiftsThroughTheSecretLinkWithoutSigningIn() {
        Employee employee = employeeWithAPublishedShift();
        assertThat(api.as(employee.username(), PASSWORD).get("/api/me/calendar-feed").json().path("issued")
                .asBoolean()).isFalse();

        ApiResponse issued = api.as(employee.username(), PASSWORD).post("/api/me/calendar-feed", null);
        String link = URI.create(issued.json().path("url").asText()).getPath();
        Download feed = api.anonymous().download(link + window());

        assertThat(link).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(new String(feed.body(), StandardCharsets.UTF_8)).containsOnlyOnce("BEGIN:VEVENT")
                .contains("-employee-" + employee.id() + "-" + monday + "@permanence");
        assertThat(new String(feed.body(), StandardCharsets.UTF_8))
                .as("the same document the employee reads signed in, up to its time stamp")
                .isEqualToIgnoringWhitespace(new String(api.as(employee.username(), PASSWORD)
                        .download("/api/me/shifts.ics" + window()).body(), StandardCharsets.UTF_8)
                        .replaceAll("DTSTAMP:\\S+", "DTSTAMP:" + stampOf(feed)));
        JsonNode status = api.as(employee.username(), PASSWORD).get("/api/me/calendar-feed").json();
        assertThat(status.path("issued").asBoolean()).isTrue();
        assertThat(status.path("issuedAt").asText()).isEqualTo(issued.json().path("issuedAt").asText());
        assertThat(status.has("url")).as("the link is shown once, when issued").isFalse();
    }

    private static String stampOf(Download feed) {
        String text = new String(feed.body(), StandardCharsets.UTF_8);
        int at = text.indexOf("DTSTAMP:") + "DTSTAMP:".length();
        return text.substring(at, text.indexOf("\r\n", at));
    }

    @Test
    void onlyTheTokensHashIsStoredSoTheDatabaseDoesNotGiveTheLinkAway() {
        Employee employee = employeeWithAPublishedShift();
        String link = issueLink(employee);
        String token = link.substring("/calendar/".length(), link.length() - ".ics".length());

        List<String> stored = jdbc.sql("SELECT token_sha256 FROM calendar_feed").query(String.class).list();

        assertThat(stored).isNotEmpty().noneMatch(value -> value.contains(token));
    }

    @Test
    void anUnknownLinkIsA404AndNeverShowsAnyonesShifts() {
        Download unknown = api.anonymous().download("/calendar/" + "A".repeat(43) + ".ics");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void issuingAgainRevokingResettingThePasswordOrDisablingTheAccountEachStopsTheLink() {
        Employee employee = employeeWithAPublishedShift();
        String first = issueLink(employee);
        String second = issueLink(employee);
        assertThat(api.anonymous().download(first).status()).as("replaced by a new link").isEqualTo(404);
        assertThat(api.anonymous().download(second).status()).isEqualTo(200);

        assertThat(api.as(employee.username(), PASSWORD).delete("/api/me/calendar-feed").status()).isEqualTo(204);
        assertThat(api.anonymous().download(second).status()).as("revoked").isEqualTo(404);
        assertThat(api.as(employee.username(), PASSWORD).delete("/api/me/calendar-feed").status())
                .as("nothing left to revoke").isEqualTo(404);

        String third = issueLink(employee);
        assertThat(api.as(Role.ADMIN).put("/api/users/" + employee.username() + "/password",
                Map.of("password", "another long password")).status()).isIn(200, 204);
        assertThat(api.anonymous().download(third).status()).as("an ADMIN reset the password").isEqualTo(404);

        ApiResponse signedInAgain = api.as(employee.username(), "another long password")
                .post("/api/me/calendar-feed", null);
        String fourth = URI.create(signedInAgain.json().path("url").asText()).getPath();
        long version = api.as(Role.ADMIN).get("/api/users/" + employee.username()).json().path("version").asLong();
        assertThat(api.as(Role.ADMIN).put("/api/users/" + employee.username(), Map.of("roles", List.of("EMPLOYEE"),
                "employeeId", employee.id(), "enabled", false, "version", version)).status()).isEqualTo(200);
        assertThat(api.anonymous().download(fourth).status()).as("the account is disabled").isEqualTo(404);
    }

    @Test
    void anAccountWithoutAnEmployeeHasNoShiftsToLinkTo() {
        assertThat(api.as(Role.PLANNER).post("/api/me/calendar-feed", null).status()).isEqualTo(403);
        assertThat(api.anonymous().post("/api/me/calendar-feed", null).status()).isEqualTo(401);
    }
}
