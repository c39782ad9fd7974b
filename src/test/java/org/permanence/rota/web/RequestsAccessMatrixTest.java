package org.permanence.rota.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.permanence.security.Role;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.permanence.rota.web.RequestFixtures.request;

/**
 * Who may call the shift-request and shift-limit endpoints: the callers listed get a 2xx, anonymous callers 401,
 * everyone else 403. SELF is an EMPLOYEE user linked to the employee the request is about; OTHER_EMPLOYEE is linked
 * to someone else.
 */
@IntegrationTest
class RequestsAccessMatrixTest {

    enum Caller { ADMIN, PLANNER, MANAGER, HR, SELF, OTHER_EMPLOYEE, ANONYMOUS }

    private static final Set<Caller> WRITERS = Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER);
    private static final Set<Caller> WRITERS_AND_SELF = Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER,
            Caller.SELF);
    private static final Set<Caller> SIGNED_IN = Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER, Caller.HR,
            Caller.SELF, Caller.OTHER_EMPLOYEE);
    private static final Set<Caller> READERS_AND_SELF =
            Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER, Caller.HR, Caller.SELF);

    /** The data one call works on, created fresh for each case. */
    record Target(long employee, long template, long request) {
    }

    enum Endpoint {
        /** Without employeeId an EMPLOYEE lists their own requests (ShiftRequestApiTest checks which). */
        LIST_REQUESTS(SIGNED_IN, "GET", t -> "/api/shift-requests", t -> null),
        LIST_REQUESTS_OF_EMPLOYEE(READERS_AND_SELF, "GET", t -> "/api/shift-requests?employeeId=" + t.employee(),
                t -> null),
        GET_REQUEST(READERS_AND_SELF, "GET", t -> "/api/shift-requests/" + t.request(), t -> null),
        CREATE_REQUEST(WRITERS_AND_SELF, "POST", t -> "/api/shift-requests",
                t -> request(t.employee(), "2071-09-02", t.template(), "ON", 3)),
        UPDATE_REQUEST(WRITERS, "PUT", t -> "/api/shift-requests/" + t.request(), t -> {
            Map<String, Object> body = new HashMap<>(request(t.employee(), "2071-09-03", null, "OFF", 2));
            body.put("version", 0);
            return body;
        }),
        DELETE_REQUEST(WRITERS_AND_SELF, "DELETE", t -> "/api/shift-requests/" + t.request(), t -> null),

        GET_LIMITS(READERS_AND_SELF, "GET", t -> "/api/employees/" + t.employee() + "/shift-limits", t -> null),
        REPLACE_LIMITS(WRITERS, "PUT", t -> "/api/employees/" + t.employee() + "/shift-limits",
                t -> Map.of("version", 0,
                        "limits", List.of(Map.of("shiftTemplateId", t.template(), "maxPerPeriod", 4))));

        final Set<Caller> allowed;
        final String method;
        final Function<Target, String> path;
        final Function<Target, Object> body;

        Endpoint(Set<Caller> allowed, String method, Function<Target, String> path, Function<Target, Object> body) {
            this.allowed = allowed;
            this.method = method;
            this.path = path;
            this.body = body;
        }
    }

    @Autowired
    TestApi api;

    static Stream<Arguments> cases() {
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyAllowedCallersGetThrough(Endpoint endpoint, Caller caller) {
        RequestFixtures fixtures = new RequestFixtures(api);
        long employee = fixtures.employee();
        Target target = new Target(employee, fixtures.template(), fixtures.request(employee, "2071-09-01"));
        TestApi.Client client = switch (caller) {
            case ADMIN -> api.as(Role.ADMIN);
            case PLANNER -> api.as(Role.PLANNER);
            case MANAGER -> api.as(Role.MANAGER);
            case HR -> api.as(Role.HR);
            case SELF -> api.asEmployee(employee);
            case OTHER_EMPLOYEE -> api.asEmployee(fixtures.employee());
            case ANONYMOUS -> api.anonymous();
        };

        var response = client.send(endpoint.method, endpoint.path.apply(target), endpoint.body.apply(target));

        int expected = caller == Caller.ANONYMOUS ? 401 : endpoint.allowed.contains(caller) ? 200 : 403;
        if (expected == 200) {
            assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        }
    }
}
