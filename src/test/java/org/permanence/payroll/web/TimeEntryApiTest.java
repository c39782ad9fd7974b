package org.permanence.payroll.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Concurrently;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.payroll.web.PayrollFixtures.absence;
import static org.permanence.payroll.web.PayrollFixtures.worked;

/** Time entries in January 2027, a month no other test closes. */
@IntegrationTest
class TimeEntryApiTest {

    @Autowired
    TestApi api;

    private PayrollFixtures fixtures() {
        return new PayrollFixtures(api);
    }

    private long employee() {
        PayrollFixtures fixtures = fixtures();
        return fixtures.employee(fixtures.contract(2100), List.of()).id();
    }

    @Test
    void managerAddsExtraWorkAndHrAnAbsence() {
        long employee = employee();

        ApiResponse extra = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-01-04T08:00:00Z", "2027-01-04T15:00:00Z"));
        ApiResponse sick = api.as(Role.HR).post("/api/time-entries",
                absence(employee, "2027-01-05T08:00:00Z", "2027-01-05T15:00:00Z", "SICKNESS"));

        assertThat(extra.status()).as(extra.toString()).isEqualTo(201);
        assertThat(extra.json().path("status").asText()).isEqualTo("ADDED");
        assertThat(extra.json().path("version").asLong()).isZero();
        assertThat(sick.status()).as(sick.toString()).isEqualTo(201);
        assertThat(sick.json().path("absenceKind").asText()).isEqualTo("SICKNESS");
        ApiResponse listed = api.as(Role.HR).get("/api/time-entries?employeeId=" + employee + "&month=2027-01");
        assertThat(listed.json().path("items").findValuesAsText("id"))
                .containsExactly(String.valueOf(extra.id()), String.valueOf(sick.id()));
        assertThat(api.as(Role.HR).get("/api/time-entries?employeeId=" + employee + "&month=2027-02")
                .json().path("totalItems").asLong()).isZero();
    }

    @Test
    void anEntryReadCanBeSentBackChanged() {
        long employee = employee();
        ApiResponse created = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-01-07T08:00:00Z", "2027-01-07T15:00:00Z"));
        ObjectNode read = (ObjectNode) api.as(Role.MANAGER).get("/api/time-entries/" + created.id()).json();
        read.put("end", "2027-01-07T16:00:00Z");

        ApiResponse sentBack = api.as(Role.MANAGER).put("/api/time-entries/" + created.id(), read);

        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        assertThat(sentBack.json().path("end").asText()).isEqualTo("2027-01-07T16:00:00Z");
        assertThat(sentBack.json().path("status").asText()).as("set by the service, not by the body")
                .isEqualTo(read.path("status").asText());
    }

    @Test
    void anEntryEndingBeforeItStartsIsRefusedNamingEnd() {
        ApiResponse refused = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee(), "2027-01-06T15:00:00Z", "2027-01-06T08:00:00Z"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("end");
    }

    @Test
    void workedTimeLongerThanADayIsRefusedNamingEndAndNothingIsWritten() {
        long employee = employee();

        ApiResponse twoYears = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-06-01T10:00:00+02:00", "2029-06-01T12:00:00+02:00"));
        ApiResponse aMinuteTooLong = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-01-18T08:00:00Z", "2027-01-19T08:01:00Z"));
        ApiResponse aWholeDay = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-01-20T08:00:00Z", "2027-01-21T08:00:00Z"));

        assertThat(twoYears.status()).isEqualTo(422);
        assertThat(twoYears.errorFields()).containsExactly("end");
        assertThat(twoYears.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must be at most 24 h after start for WORKED time (permanence.time-entries.max-worked-length)");
        assertThat(aMinuteTooLong.status()).isEqualTo(422);
        assertThat(aMinuteTooLong.errorFields()).containsExactly("end");
        assertThat(aWholeDay.status()).as(aWholeDay.toString()).isEqualTo(201);
        assertThat(api.as(Role.HR).get("/api/time-entries?employeeId=" + employee).json().path("items")
                .findValuesAsText("id")).containsExactly(String.valueOf(aWholeDay.id()));
    }

    @Test
    void anAbsenceMayLastAMonthButNotLonger() {
        long employee = employee();

        ApiResponse tooLong = api.as(Role.HR).post("/api/time-entries",
                absence(employee, "2032-03-01T00:00:00Z", "2032-04-01T00:01:00Z", "PAID_LEAVE"));
        ApiResponse aMonth = api.as(Role.HR).post("/api/time-entries",
                absence(employee, "2032-03-01T00:00:00Z", "2032-04-01T00:00:00Z", "PAID_LEAVE"));

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.errorFields()).containsExactly("end");
        assertThat(tooLong.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must be at most 744 h after start for ABSENCE time (permanence.time-entries.max-absence-length)");
        assertThat(aMonth.status()).as(aMonth.toString()).isEqualTo(201);
    }

    @Test
    void timesWithSecondsAreRefusedNamingTheFieldSincePayrollCountsWholeMinutes() {
        long employee = employee();

        ApiResponse twentySeconds = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-01-15T08:00:20Z", "2027-01-15T08:00:40Z"));
        ApiResponse fractionalEnd = api.as(Role.MANAGER).post("/api/time-entries",
                absence(employee, "2027-01-15T08:00:00Z", "2027-01-15T15:00:00.500Z", "OTHER"));

        assertThat(twentySeconds.status()).isEqualTo(422);
        assertThat(twentySeconds.errorFields()).containsExactly("start");
        assertThat(twentySeconds.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must be on a whole minute (no seconds)");
        assertThat(fractionalEnd.status()).isEqualTo(422);
        assertThat(fractionalEnd.errorFields()).containsExactly("end");
        assertThat(api.as(Role.HR).get("/api/time-entries?employeeId=" + employee).json().path("items")).isEmpty();
    }

    @Test
    void anAbsenceNeedsItsKindAndWorkedTimeHasNone() {
        long employee = employee();
        Map<String, Object> noKind = worked(employee, "2027-01-06T08:00:00Z", "2027-01-06T15:00:00Z");
        noKind.put("kind", "ABSENCE");
        Map<String, Object> workedWithKind = absence(employee, "2027-01-06T08:00:00Z", "2027-01-06T15:00:00Z",
                "TRAINING");
        workedWithKind.put("kind", "WORKED");

        assertThat(api.as(Role.MANAGER).post("/api/time-entries", noKind).errorFields())
                .containsExactly("absenceKind");
        assertThat(api.as(Role.MANAGER).post("/api/time-entries", workedWithKind).errorFields())
                .containsExactly("absenceKind");
    }

    @Test
    void overlappingEntriesOfOneEmployeeAreAConflictNamingTheOtherEntry() {
        long employee = employee();
        long first = fixtures().entry(worked(employee, "2027-01-07T08:00:00Z", "2027-01-07T15:00:00Z"));

        ApiResponse overlapping = api.as(Role.MANAGER).post("/api/time-entries",
                absence(employee, "2027-01-07T14:00:00Z", "2027-01-07T18:00:00Z", "OTHER"));
        ApiResponse contiguous = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "2027-01-07T15:00:00Z", "2027-01-07T18:00:00Z"));
        ApiResponse otherEmployee = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee(), "2027-01-07T08:00:00Z", "2027-01-07T15:00:00Z"));

        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.errorFields()).containsExactly("start");
        assertThat(overlapping.json().path("detail").asText()).contains("time entry " + first);
        assertThat(contiguous.status()).isEqualTo(201);
        assertThat(otherEmployee.status()).isEqualTo(201);
    }

    @Test
    void timeOutsideTheEmploymentIsRefusedNamingTheEmployee() {
        PayrollFixtures fixtures = fixtures();
        long leaver = fixtures.employee(fixtures.contract(2100), List.of(), "2025-09-01", "2027-01-10").id();

        ApiResponse afterLeaving = api.as(Role.MANAGER).post("/api/time-entries",
                worked(leaver, "2027-01-11T08:00:00Z", "2027-01-11T15:00:00Z"));
        ApiResponse unknown = api.as(Role.MANAGER).post("/api/time-entries",
                worked(987_654_321L, "2027-01-11T08:00:00Z", "2027-01-11T15:00:00Z"));
        ApiResponse lastDay = api.as(Role.MANAGER).post("/api/time-entries",
                worked(leaver, "2027-01-10T08:00:00Z", "2027-01-10T15:00:00Z"));

        assertThat(afterLeaving.status()).isEqualTo(422);
        assertThat(afterLeaving.errorFields()).containsExactly("employeeId");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(lastDay.status()).isEqualTo(201);
    }

    @Test
    void anEmploymentCannotShrinkToLeaveRecordedTimeOutsideItUnpaid() {
        PayrollFixtures fixtures = fixtures();
        long leaver = fixtures.employee(fixtures.contract(2100), List.of(), "2025-09-01", "2026-09-30").id();
        for (int day = 28; day <= 30; day++) {
            fixtures.entry(worked(leaver, "2026-09-" + day + "T07:00:00Z", "2026-09-" + day + "T15:00:00Z"));
        }
        ObjectNode employee = (ObjectNode) api.as(Role.ADMIN).get("/api/employees/" + leaver).json();

        ApiResponse leavesEarlier = api.as(Role.ADMIN).put("/api/employees/" + leaver,
                employee.deepCopy().put("employmentEnd", "2026-09-27"));
        ApiResponse startsLater = api.as(Role.ADMIN).put("/api/employees/" + leaver,
                employee.deepCopy().put("employmentStart", "2026-09-29"));
        ApiResponse lastEntryDay = api.as(Role.ADMIN).put("/api/employees/" + leaver,
                employee.deepCopy().put("employmentStart", "2026-09-28"));

        assertThat(leavesEarlier.status()).as(leavesEarlier.toString()).isEqualTo(409);
        assertThat(leavesEarlier.errorFields()).containsExactly("employmentEnd");
        assertThat(leavesEarlier.json().path("detail").asText())
                .contains("3 time entries from 2026-09-28 to 2026-09-30");
        assertThat(startsLater.errorFields()).containsExactly("employmentStart");
        assertThat(startsLater.json().path("detail").asText()).contains("1 time entry from 2026-09-28 to 2026-09-28");
        assertThat(lastEntryDay.status()).as(lastEntryDay.toString()).isEqualTo(200);
        assertThat(api.as(Role.ADMIN).get("/api/employees/" + leaver).json().path("employmentEnd").asText())
                .isEqualTo("2026-09-30");
    }

    @Test
    void timeBeyondTheSupportedYearsIsRefusedNamingTheFieldAndNothingIsWritten() {
        long employee = employee();

        ApiResponse endOfTime = api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, "9999-12-31T20:00:00Z", "+10000-01-01T06:00:00Z"));

        assertThat(endOfTime.status()).isEqualTo(400);
        assertThat(endOfTime.errorFields()).containsExactly("start");
        assertThat(endOfTime.json().path("errors").get(0).path("reason").asText())
                .isEqualTo("must be in the years 1900 to 2999");
        assertThat(api.as(Role.HR).get("/api/time-entries?employeeId=" + employee).json().path("items")).isEmpty();
    }

    @Test
    void overlappingEntriesSentAtOnceInANewMonthLeaveOneEntryAndNoServerError() {
        long employee = employee();
        // A month no earlier run has touched, so that its payroll row is created by these requests.
        String day = String.format("%d-%02d-15", ThreadLocalRandom.current().nextInt(2100, 3000),
                ThreadLocalRandom.current().nextInt(1, 13));

        List<Integer> statuses = Concurrently.statuses(8, i -> api.as(Role.MANAGER).post("/api/time-entries",
                worked(employee, day + "T08:00:00Z", day + "T1" + i + ":00:00Z")));

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(api.as(Role.HR).get("/api/time-entries?employeeId=" + employee).json().path("items")).hasSize(1);
    }

    @Test
    void updatesNeedTheCurrentVersionAndDeletesRemove() {
        long employee = employee();
        long id = fixtures().entry(worked(employee, "2027-01-12T08:00:00Z", "2027-01-12T15:00:00Z"));
        Map<String, Object> longer = worked(employee, "2027-01-12T08:00:00Z", "2027-01-12T16:00:00Z");
        longer.put("version", 0);

        ApiResponse updated = api.as(Role.HR).put("/api/time-entries/" + id, longer);
        ApiResponse stale = api.as(Role.HR).put("/api/time-entries/" + id, longer);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("end").asText()).isEqualTo("2027-01-12T16:00:00Z");
        assertThat(updated.json().path("status").asText()).isEqualTo("ADDED");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.errorFields()).containsExactly("version");
        assertThat(api.as(Role.MANAGER).delete("/api/time-entries/" + id).status()).isEqualTo(204);
        assertThat(api.as(Role.MANAGER).get("/api/time-entries/" + id).status()).isEqualTo(404);
    }

    @Test
    void anEmployeeReadsOnlyTheirOwnEntriesAndWritesNone() {
        long employee = employee();
        long other = employee();
        long own = fixtures().entry(worked(employee, "2027-01-13T08:00:00Z", "2027-01-13T15:00:00Z"));
        long theirs = fixtures().entry(worked(other, "2027-01-13T08:00:00Z", "2027-01-13T15:00:00Z"));
        TestApi.Client self = api.asEmployee(employee);

        ApiResponse mine = self.get("/api/time-entries?month=2027-01");

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("items").findValuesAsText("id")).containsExactly(String.valueOf(own));
        assertThat(self.get("/api/time-entries/" + own).status()).isEqualTo(200);
        assertThat(self.get("/api/time-entries/" + theirs).status()).isEqualTo(403);
        assertThat(self.get("/api/time-entries?employeeId=" + other).status()).isEqualTo(403);
        assertThat(self.post("/api/time-entries",
                worked(employee, "2027-01-14T08:00:00Z", "2027-01-14T15:00:00Z")).status()).isEqualTo(403);
        assertThat(api.as(Role.PLANNER).post("/api/time-entries",
                worked(employee, "2027-01-14T08:00:00Z", "2027-01-14T15:00:00Z")).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/time-entries").status()).isEqualTo(401);
    }
}
