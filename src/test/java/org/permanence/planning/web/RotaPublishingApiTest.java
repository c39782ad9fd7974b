package org.permanence.planning.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.permanence.planning.PlanningFixture;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaShift;
import org.permanence.rota.RotaStatus;
import org.permanence.rota.Rotas;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Concurrently;
import org.permanence.support.Download;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.permanence.support.TestPeriods;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(PlanningFixture.class)
class RotaPublishingApiTest {

    private final LocalDate monday = TestPeriods.monday();

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
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        fixture.sick(ada, monday, monday);

        ApiResponse refused = api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "first week"));
        ApiResponse published = api.as(Role.MANAGER).post(path(rota) + "/publish",
                Map.of("comment", "first week, Ada covers anyway", "acknowledgeHardViolations", true));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("acknowledgeHardViolations");
        assertThat(refused.json().path("detail").asText()).as("names the rule it breaks").contains("Unavailable time: 1");
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
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);

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
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift early = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        RotaShift late = rotas.addShift(rota.id(), bea, helpline.late().id(), monday);
        assertThat(api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "first")).status())
                .isEqualTo(201);
        String versionOne = api.as(Role.HR).get(path(rota) + "/versions/1").body();
        JsonNode publishedEarly = withField(api.as(Role.HR).get(path(rota) + "/versions/1").json().path("shifts"),
                "shiftId", early.id());
        JsonNode draftEarly = withField(api.as(Role.HR).get(path(rota) + "/shifts").json(), "id", early.id());
        for (String field : List.of("employeeId", "shiftTemplateId", "date", "start", "end")) {
            assertThat(publishedEarly.path(field)).as("a published shift reads like a draft one: " + field)
                    .isEqualTo(draftEarly.path(field));
        }

        JsonNode unchangedDraft = api.as(Role.MANAGER).get(path(rota) + "/versions/1/diff/draft").json();

        api.as(Role.MANAGER).send("PATCH", path(rota) + "/shifts/" + early.id(),
                Map.of("version", rotas.get(rota.id()).version(), "employeeId", cyd));
        api.as(Role.MANAGER).delete(path(rota) + "/shifts/" + late.id() + "?version="
                + rotas.get(rota.id()).version());
        api.as(Role.MANAGER).post(path(rota) + "/shifts", Map.of("version", rotas.get(rota.id()).version(),
                "employeeId", bea, "shiftTemplateId", helpline.early().id(), "date", monday.plusDays(1).toString()));

        assertThat(api.as(Role.HR).get(path(rota) + "/versions/1").body()).isEqualTo(versionOne);
        assertThat(unchangedDraft.path("added")).isEmpty();
        assertThat(unchangedDraft.path("removed")).isEmpty();
        assertThat(unchangedDraft.path("reassigned")).isEmpty();
        JsonNode unpublished = api.as(Role.MANAGER).get(path(rota) + "/versions/1/diff/draft").json();
        assertThat(unpublished.path("to").isNull()).isTrue();
        assertThat(unpublished.path("reassigned")).singleElement().satisfies(change ->
                assertThat(change.path("toEmployeeId").asLong()).isEqualTo(cyd));
        assertThat(unpublished.path("removed")).hasSize(1);
        assertThat(unpublished.path("added")).hasSize(1);
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
            assertThat(change.path("date").asText()).isEqualTo(monday.toString());
        });
        assertThat(diff.path("removed")).singleElement().satisfies(change -> {
            assertThat(change.path("employeeId").asLong()).isEqualTo(bea);
            assertThat(change.path("shiftTemplateId").asLong()).isEqualTo(helpline.late().id());
        });
        assertThat(diff.path("added")).singleElement().satisfies(change ->
                assertThat(change.path("date").asText()).isEqualTo(monday.plusDays(1).toString()));
        assertThat(diff.path("retimed")).isEmpty();
    }

    @Test
    void aVersionCountsTheShiftsPublishedWithNobodyOnThem() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);
        rotas.addShift(rota.id(), null, helpline.late().id(), monday);

        JsonNode published = api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "late open"))
                .json();

        assertThat(published.path("shiftCount").asInt()).isEqualTo(2);
        assertThat(published.path("openShiftCount").asInt()).isEqualTo(1);
        assertThat(api.as(Role.HR).get(path(rota) + "/versions").json().get(0).path("openShiftCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void aShiftKeptByItsEmployeeWithOtherTimesIsInTheDiff() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift early = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "first"));
        // 06:00 to 14:00 in Paris becomes 07:00 to 14:00: 05:00 UTC becomes 06:00 UTC in winter
        Instant later = early.startsAt().plus(Duration.ofHours(1));
        assertThat(api.as(Role.MANAGER).send("PATCH", path(rota) + "/shifts/" + early.id(), Map.of(
                "version", rotas.get(rota.id()).version(), "start", later.toString())).status()).isEqualTo(200);

        JsonNode unpublished = api.as(Role.MANAGER).get(path(rota) + "/versions/1/diff/draft").json();
        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "Ada starts an hour later"));
        JsonNode published = api.as(Role.HR).get(path(rota) + "/versions/1/diff/2").json();

        for (JsonNode diff : List.of(unpublished, published)) {
            assertThat(diff.path("added")).isEmpty();
            assertThat(diff.path("removed")).isEmpty();
            assertThat(diff.path("reassigned")).isEmpty();
            assertThat(diff.path("retimed")).singleElement().satisfies(change -> {
                assertThat(change.path("employeeId").asLong()).isEqualTo(ada);
                assertThat(change.path("date").asText()).isEqualTo(monday.toString());
                assertThat(Instant.parse(change.path("fromStart").asText())).isEqualTo(early.startsAt());
                assertThat(Instant.parse(change.path("toStart").asText())).isEqualTo(later);
                assertThat(Instant.parse(change.path("toEnd").asText())).isEqualTo(early.endsAt());
            });
        }
    }

    @Test
    void aRotaReadCanBeSentBackWithANewName() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        ObjectNode read = (ObjectNode) api.as(Role.PLANNER).get("/api/rotas/" + rota.id()).json();
        read.put("name", "Renamed");

        ApiResponse sentBack = api.as(Role.PLANNER).put("/api/rotas/" + rota.id(), read);

        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        assertThat(sentBack.json().path("name").asText()).isEqualTo("Renamed");
        assertThat(sentBack.json().path("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void repairingARotaThatDoesNotExistIsNotFound() {
        for (String path : List.of("/api/rotas/987654321/solve?mode=repair", "/api/rotas/987654321/repair")) {
            ApiResponse repair = api.as(Role.PLANNER).post(path, Map.of());
            assertThat(repair.status()).as(path + " " + repair).isEqualTo(404);
        }
    }

    @Test
    void employeesSeeOnlyTheirOwnPublishedShifts() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        rotas.addShift(rota.id(), bea, helpline.early().id(), monday);
        String week = "/api/me/shifts?from=" + monday + "&to=" + monday.plusDays(6);
        assertThat(api.asEmployee(ada).get(week).json()).isEmpty();

        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "week"));
        rotas.addShift(rota.id(), ada, helpline.late().id(), monday.plusDays(2));

        JsonNode mine = api.asEmployee(ada).get(week).json();
        assertThat(mine).singleElement().satisfies(shift -> {
            assertThat(shift.path("date").asText()).isEqualTo(monday.toString());
            assertThat(shift.path("shiftCode").asText()).isEqualTo(helpline.early().code());
            assertThat(shift.path("start").asText()).isEqualTo(monday + "T05:00:00Z"); // 06:00 in Paris, winter time
            assertThat(shift.path("version").asInt()).isEqualTo(1);
        });
        assertThat(api.asEmployee(ada).get("/api/me/shifts?from=" + monday.plusDays(1) + "&to="
                + monday.plusDays(6)).json()).isEmpty();
    }

    @Test
    void anEmployeesCalendarFeedUpdatesTheEventOfADayWhenALaterVersionChangesItsShift() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift adasShift = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        rotas.addShift(rota.id(), helpline.staff().get(1), helpline.late().id(), monday);
        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "week"));
        String feed = "/api/me/shifts.ics?from=" + monday + "&to=" + monday.plusDays(6);

        Download first = api.asEmployee(ada).download(feed);
        rotas.changeShift(rota.id(), adasShift.id(), ada, helpline.late().id(), false);
        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "Ada moves to the late shift"));
        String second = new String(api.asEmployee(ada).download(feed).body(), StandardCharsets.UTF_8);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("text/calendar");
        String uid = "UID:rota-" + rota.id() + "-employee-" + ada + "-" + monday + "@permanence";
        String day = monday.toString().replace("-", "");
        assertThat(new String(first.body(), StandardCharsets.UTF_8))
                .startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .containsOnlyOnce("BEGIN:VEVENT").contains(uid, "SEQUENCE:1", "DTSTART:" + day + "T050000Z",
                        "SUMMARY:Early " + helpline.tag() + " (E" + helpline.tag() + ")");
        assertThat(second).as("the same event, re-timed: 14:00 in Paris is 13:00 UTC in winter")
                .containsOnlyOnce("BEGIN:VEVENT").contains(uid, "SEQUENCE:2", "DTSTART:" + day + "T130000Z",
                        "DTEND:" + day + "T210000Z");
        Download backwards = api.asEmployee(ada)
                .download("/api/me/shifts.ics?from=" + monday + "&to=" + monday.minusDays(1));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(new String(backwards.body(), StandardCharsets.UTF_8)).contains("\"field\":\"to\"");
        assertThat(api.as(Role.PLANNER).download(feed).status()).as("an account without an employee").isEqualTo(403);
        assertThat(api.anonymous().download(feed).status()).isEqualTo(401);
    }

    @Test
    void anEmployeeHearsWhichOfTheirShiftsARepublicationMovedAddedOrTookAway() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        long ada = helpline.staff().get(0);
        long bea = helpline.staff().get(1);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift moved = rotas.addShift(rota.id(), ada, helpline.early().id(), monday);
        RotaShift handedOver = rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(1));
        rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(2));
        rotas.addShift(rota.id(), bea, helpline.early().id(), monday);
        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "week"));
        assertThat(api.asEmployee(ada).get("/api/me/shift-changes").json()).as("a first publication").isEmpty();

        rotas.changeShift(rota.id(), moved.id(), ada, helpline.late().id(), false);
        rotas.changeShift(rota.id(), handedOver.id(), bea, helpline.early().id(), false);
        rotas.addShift(rota.id(), ada, helpline.late().id(), monday.plusDays(4));
        assertThat(api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "Bea covers Tuesday"))
                .status()).isEqualTo(201);

        JsonNode changes = api.asEmployee(ada).get("/api/me/shift-changes").json();
        assertThat(changes).hasSize(3).allSatisfy(change -> {
            assertThat(change.path("version").asInt()).isEqualTo(2);
            assertThat(change.path("comment").asText()).isEqualTo("Bea covers Tuesday");
        });
        assertThat(changes.get(0).path("date").asText()).isEqualTo(monday.toString());
        assertThat(changes.get(0).path("before").path("shiftCode").asText()).isEqualTo(helpline.early().code());
        assertThat(changes.get(0).path("after").path("shiftCode").asText()).isEqualTo(helpline.late().code());
        assertThat(changes.get(0).path("after").path("start").asText()).isEqualTo(monday + "T13:00:00Z");
        assertThat(changes.get(1).path("date").asText()).isEqualTo(monday.plusDays(1).toString());
        assertThat(changes.get(1).path("after").isNull()).as("taken away").isTrue();
        assertThat(changes.get(2).path("date").asText()).isEqualTo(monday.plusDays(4).toString());
        assertThat(changes.get(2).path("before").isNull()).as("added").isTrue();
        assertThat(api.asEmployee(bea).get("/api/me/shift-changes").json()).singleElement()
                .satisfies(change -> assertThat(change.path("date").asText()).isEqualTo(monday.plusDays(1).toString()));
        String publishedAt = changes.get(0).path("publishedAt").asText();
        assertThat(api.asEmployee(ada).get("/api/me/shift-changes?since=" + publishedAt).json())
                .as("nothing published after the second version").isEmpty();
    }

    @Test
    void aTemplateGivenOtherTimesRetimesTheDraftShiftsThatKeptItsTimesButNotHandTimedOnesNorPublishedVersions() {
        PlanningFixture.Helpline helpline = fixture.helpline(2);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift following = rotas.addShift(rota.id(), helpline.staff().get(0), helpline.early().id(), monday);
        RotaShift handTimed = rotas.addShift(rota.id(), helpline.staff().get(1), helpline.early().id(), monday);
        Instant handStart = Instant.parse(monday + "T04:00:00Z");
        rotas.changeShift(rota.id(), handTimed.id(), helpline.staff().get(1), helpline.early().id(), true, handStart,
                handStart.plus(Duration.ofHours(8)));
        api.as(Role.MANAGER).post(path(rota) + "/publish", Map.of("comment", "week"));
        long rotaVersion = rotas.get(rota.id()).version();
        ObjectNode template = (ObjectNode) api.as(Role.PLANNER).get("/api/shift-templates/" + helpline.early().id())
                .json();

        ApiResponse edited = api.as(Role.PLANNER).put("/api/shift-templates/" + helpline.early().id(),
                template.put("startTime", "07:00").put("durationMinutes", 600).without(List.of("endTime")));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(rotas.shift(rota.id(), following.id())).satisfies(shift -> {
            assertThat(shift.startsAt()).as("07:00 in Paris, winter").isEqualTo(monday + "T06:00:00Z");
            assertThat(shift.endsAt()).isEqualTo(monday + "T16:00:00Z");
        });
        assertThat(rotas.shift(rota.id(), handTimed.id()).startsAt()).isEqualTo(handStart);
        assertThat(rotas.get(rota.id()).version()).as("edits made before are stale").isGreaterThan(rotaVersion);
        assertThat(api.as(Role.HR).get(path(rota) + "/versions/1").json().path("shifts").findValuesAsText("start"))
                .contains(monday + "T05:00:00Z");
    }

    @Test
    void aTemplateLengthenedIntoAnotherShiftOfTheSameEmployeeIsRefusedAndChangesNothing() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, monday, monday.plusDays(6));
        RotaShift late = rotas.addShift(rota.id(), ada, helpline.late().id(), monday);
        rotas.addShift(rota.id(), ada, helpline.early().id(), monday.plusDays(1));
        ObjectNode template = (ObjectNode) api.as(Role.PLANNER).get("/api/shift-templates/" + helpline.late().id())
                .json();

        // 14:00 plus 16 h 30 runs to 06:30 on Tuesday, into Ada's early shift.
        ApiResponse lengthened = api.as(Role.PLANNER).put("/api/shift-templates/" + helpline.late().id(),
                template.put("durationMinutes", 990).without(List.of("endTime")));

        assertThat(lengthened.status()).as(lengthened.toString()).isEqualTo(409);
        assertThat(lengthened.errorFields()).containsExactly("durationMinutes");
        assertThat(rotas.shift(rota.id(), late.id()).endsAt()).isEqualTo(late.endsAt());
        assertThat(api.as(Role.PLANNER).get("/api/shift-templates/" + helpline.late().id()).json()
                .path("durationMinutes").asInt()).isEqualTo(480);
    }

    @Test
    void aRotaMayNotShareADayWithAPublishedOneThoughDraftsMayOverlap() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        Rota published = fixture.rota(helpline, monday, monday.plusDays(6));
        rotas.addShift(published.id(), helpline.staff().get(0), helpline.early().id(), monday);
        Rota alternative = fixture.rota(helpline, monday.plusDays(3), monday.plusDays(9));
        assertThat(api.as(Role.MANAGER).post(path(published) + "/publish", Map.of("comment", "week")).status())
                .isEqualTo(201);

        ApiResponse overlapping = api.as(Role.PLANNER).post("/api/rotas", Map.of("name", "Same week again",
                "firstDate", monday.plusDays(6).toString(), "lastDate", monday.plusDays(12).toString()));
        ApiResponse moved = api.as(Role.PLANNER).put("/api/rotas/" + rotas.create("Next week", monday.plusDays(7),
                        monday.plusDays(13)).id(), Map.of("version", 0, "name", "Next week",
                "firstDate", monday.plusDays(5).toString(), "lastDate", monday.plusDays(13).toString()));
        ApiResponse secondPublished = api.as(Role.MANAGER).post(path(alternative) + "/publish",
                Map.of("comment", "the other draft"));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.errorFields()).containsExactly("firstDate");
        assertThat(overlapping.json().path("errors").get(0).path("reason").asText())
                .contains("published rota " + published.id());
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.errorFields()).containsExactly("firstDate");
        assertThat(secondPublished.status()).isEqualTo(409);
        assertThat(secondPublished.errorFields()).containsExactly("rota");
        assertThat(api.as(Role.HR).get(path(alternative) + "/versions").json()).isEmpty();
        assertThat(rotas.get(alternative.id()).status()).isEqualTo(RotaStatus.DRAFT);
    }

    @Test
    void ofTwoOverlappingDraftsPublishedAtOnceOnlyOneIsPublished() {
        PlanningFixture.Helpline helpline = fixture.helpline(1);
        List<Rota> drafts = List.of(fixture.rota(helpline, monday, monday.plusDays(6)),
                fixture.rota(helpline, monday.plusDays(6), monday.plusDays(12)));

        List<Integer> statuses = Concurrently.statuses(2, i -> api.as(Role.MANAGER).post(path(drafts.get(i))
                + "/publish", Map.of("comment", "draft " + i)));

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(drafts.stream().map(draft -> rotas.get(draft.id()).status()))
                .containsExactlyInAnyOrder(RotaStatus.PUBLISHED, RotaStatus.DRAFT);
    }

    private static JsonNode withField(JsonNode shifts, String field, long value) {
        for (JsonNode shift : shifts) {
            if (shift.path(field).asLong() == value) {
                return shift;
            }
        }
        throw new AssertionError("no shift with " + field + " " + value + " in " + shifts);
    }
}
