package org.permanence.staff.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.permanence.security.Role;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.staff.web.StaffFixtures.availabilityBody;
import static org.permanence.staff.web.StaffFixtures.employeeBody;
import static org.permanence.staff.web.StaffFixtures.unique;

/**
 * Who may call each staff endpoint: the callers listed get a 2xx, anonymous callers 401, everyone else 403.
 * SELF is an EMPLOYEE user linked to the employee the request is about; OTHER_EMPLOYEE is linked to someone else.
 */
@IntegrationTest
class StaffAccessMatrixTest {

    enum Caller { ADMIN, PLANNER, MANAGER, HR, SELF, OTHER_EMPLOYEE, ANONYMOUS }

    private static final Set<Caller> WRITERS = Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER);
    private static final Set<Caller> READERS = Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER, Caller.HR);
    private static final Set<Caller> READERS_AND_SELF =
            Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER, Caller.HR, Caller.SELF);

    /** The data one request works on; created fresh for each case so updates and deletes succeed. */
    record Target(long skill, long contract, long employee, long availability) {
    }

    enum Endpoint {
        LIST_SKILLS(READERS, "GET", t -> "/api/skills", t -> null),
        GET_SKILL(READERS, "GET", t -> "/api/skills/" + t.skill(), t -> null),
        CREATE_SKILL(WRITERS, "POST", t -> "/api/skills", t -> Map.of("code", unique("SK"), "name", "Chat")),
        UPDATE_SKILL(WRITERS, "PUT", t -> "/api/skills/" + t.skill(),
                t -> Map.of("code", unique("SK"), "name", "Chat", "version", 0)),
        DELETE_SKILL(WRITERS, "DELETE", t -> "/api/skills/" + unusedSkill(), t -> null),

        LIST_CONTRACTS(READERS, "GET", t -> "/api/contracts", t -> null),
        GET_CONTRACT(READERS, "GET", t -> "/api/contracts/" + t.contract(), t -> null),
        CREATE_CONTRACT(WRITERS, "POST", t -> "/api/contracts", t -> Map.of("name", unique("c"), "weeklyMinutes", 2100)),
        UPDATE_CONTRACT(WRITERS, "PUT", t -> "/api/contracts/" + t.contract(),
                t -> Map.of("name", unique("c"), "weeklyMinutes", 2100, "version", 0)),
        DELETE_CONTRACT(WRITERS, "DELETE", t -> "/api/contracts/" + unusedContract(), t -> null),

        LIST_EMPLOYEES(READERS, "GET", t -> "/api/employees", t -> null),
        GET_EMPLOYEE(READERS_AND_SELF, "GET", t -> "/api/employees/" + t.employee(), t -> null),
        CREATE_EMPLOYEE(WRITERS, "POST", t -> "/api/employees", t -> employeeBody(unique("P"), t.contract(), List.of())),
        UPDATE_EMPLOYEE(WRITERS, "PUT", t -> "/api/employees/" + t.employee(), t -> withVersion(
                employeeBody(unique("P"), t.contract(), List.of(t.skill())))),
        DELETE_EMPLOYEE(WRITERS, "DELETE", t -> "/api/employees/" + t.employee(), t -> null),

        LIST_AVAILABILITY(READERS_AND_SELF, "GET", t -> "/api/availability?employeeId=" + t.employee(), t -> null),
        GET_AVAILABILITY(READERS_AND_SELF, "GET", t -> "/api/availability/" + t.availability(), t -> null),
        CREATE_AVAILABILITY(WRITERS, "POST", t -> "/api/availability", t -> availabilityBody(t.employee(),
                "2027-01-04T08:00:00Z", "2027-01-04T18:00:00Z", "DESIRED", null)),
        UPDATE_AVAILABILITY(WRITERS, "PUT", t -> "/api/availability/" + t.availability(), t -> withVersion(
                availabilityBody(t.employee(), "2026-12-24T08:00:00Z", "2026-12-25T08:00:00Z", "UNAVAILABLE", "TRAINING"))),
        DELETE_AVAILABILITY(WRITERS, "DELETE", t -> "/api/availability/" + t.availability(), t -> null);

        final Set<Caller> allowed;
        final String method;
        final Function<Target, String> path;
        final Function<Target, Object> body;

        Endpoint(Set<Caller> allowed, String method, Function<Target, String> path,
                Function<Target, Object> body) {
            this.allowed = allowed;
            this.method = method;
            this.path = path;
            this.body = body;
        }
    }

    /** Static because the endpoint table creates unreferenced skills and contracts to delete. */
    private static StaffFixtures fixtures;

    @Autowired
    TestApi api;

    static Stream<Arguments> cases() {
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyAllowedCallersGetThrough(Endpoint endpoint, Caller caller) {
        fixtures = new StaffFixtures(api);
        long skill = fixtures.skill();
        long contract = fixtures.contract();
        long employee = fixtures.employee(contract, List.of(skill));
        Target target = new Target(skill, contract, employee, fixtures.availability(employee));

        var response = client(caller, target).send(endpoint.method, endpoint.path.apply(target), endpoint.body.apply(target));

        int expected = caller == Caller.ANONYMOUS ? 401 : endpoint.allowed.contains(caller) ? 200 : 403;
        if (expected == 200) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        }
    }

    private TestApi.Client client(Caller caller, Target target) {
        return switch (caller) {
            case ADMIN -> api.as(Role.ADMIN);
            case PLANNER -> api.as(Role.PLANNER);
            case MANAGER -> api.as(Role.MANAGER);
            case HR -> api.as(Role.HR);
            case SELF -> api.asEmployee(target.employee());
            case OTHER_EMPLOYEE -> api.asEmployee(fixtures.employee());
            case ANONYMOUS -> api.anonymous();
        };
    }

    private static long unusedSkill() {
        return fixtures.skill();
    }

    private static long unusedContract() {
        return fixtures.contract();
    }

    private static Map<String, Object> withVersion(Map<String, Object> body) {
        var versioned = new HashMap<>(body);
        versioned.put("version", 0);
        return versioned;
    }
}
