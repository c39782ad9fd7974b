package org.permanence.payroll.web;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * Who may call each payroll endpoint: the callers listed get a 2xx, anonymous callers 401, everyone else 403.
 * Each case works on its own month (from 2040 on, untouched by other tests) so state changes succeed.
 */
@IntegrationTest
class PayrollAccessMatrixTest {

    enum Caller { ADMIN, PLANNER, MANAGER, HR, EMPLOYEE, ANONYMOUS }

    private static final Set<Caller> PAYROLL_READERS = Set.of(Caller.ADMIN, Caller.HR);
    private static final Set<Caller> ENTRY_WRITERS = Set.of(Caller.ADMIN, Caller.MANAGER, Caller.HR);
    private static final Set<Caller> ENTRY_READERS = Set.of(Caller.ADMIN, Caller.PLANNER, Caller.MANAGER, Caller.HR);
    private static final AtomicInteger MONTHS = new AtomicInteger();

    /** What one case works on: a fresh month and a fresh employee with one entry. */
    record Target(YearMonth month, long employee, long entry) {
    }

    enum Endpoint {
        TOTALS(PAYROLL_READERS, "GET", t -> "/api/payroll/" + t.month(), t -> null),
        EXPORT_CSV(PAYROLL_READERS, "GET", t -> "/api/payroll/" + t.month() + "/export.csv", t -> null),
        EXPORT_XLSX(PAYROLL_READERS, "GET", t -> "/api/payroll/" + t.month() + "/export.xlsx", t -> null),
        CONFIRM(Set.of(Caller.ADMIN, Caller.MANAGER), "POST", t -> "/api/payroll/" + t.month() + "/confirm", t -> null),
        CLOSE(Set.of(Caller.ADMIN, Caller.HR), "POST", t -> "/api/payroll/" + t.month() + "/close", t -> null),
        REOPEN(Set.of(Caller.ADMIN), "POST", t -> "/api/payroll/" + t.month() + "/reopen",
                t -> Map.of("reason", "correction")),
        LIST_RULE_SETS(PAYROLL_READERS, "GET", t -> "/api/payroll/rule-sets", t -> null),
        CREATE_RULE_SET(Set.of(Caller.ADMIN), "POST", t -> "/api/payroll/rule-sets",
                t -> Map.of("name", PayrollFixtures.unique("Accord"))),
        IMPORT_PUBLISHED(ENTRY_WRITERS, "POST", t -> "/api/time-entries/from-published?month=" + t.month(), t -> null),
        LIST_ENTRIES_OF_AN_EMPLOYEE(ENTRY_READERS, "GET", t -> "/api/time-entries?employeeId=" + t.employee(),
                t -> null),
        GET_ENTRY(ENTRY_READERS, "GET", t -> "/api/time-entries/" + t.entry(), t -> null),
        CREATE_ENTRY(ENTRY_WRITERS, "POST", t -> "/api/time-entries",
                t -> PayrollFixtures.worked(t.employee(), day(t, 2) + "T08:00:00Z", day(t, 2) + "T15:00:00Z")),
        UPDATE_ENTRY(ENTRY_WRITERS, "PUT", t -> "/api/time-entries/" + t.entry(), t -> withVersion(
                PayrollFixtures.worked(t.employee(), day(t, 1) + "T08:00:00Z", day(t, 1) + "T16:00:00Z"))),
        DELETE_ENTRY(ENTRY_WRITERS, "DELETE", t -> "/api/time-entries/" + t.entry(), t -> null);

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
        return Arrays.stream(Endpoint.values())
                .flatMap(endpoint -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(endpoint, caller)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyTheListedCallersAreLetIn(Endpoint endpoint, Caller caller) {
        Target target = target(endpoint);
        TestApi.Client client = switch (caller) {
            case ADMIN -> api.as(Role.ADMIN);
            case PLANNER -> api.as(Role.PLANNER);
            case MANAGER -> api.as(Role.MANAGER);
            case HR -> api.as(Role.HR);
            case EMPLOYEE -> api.as(Role.EMPLOYEE);
            case ANONYMOUS -> api.anonymous();
        };

        int status = client.send(endpoint.method, endpoint.path.apply(target), endpoint.body.apply(target)).status();

        int expected = endpoint.allowed.contains(caller) ? 200 : caller == Caller.ANONYMOUS ? 401 : 403;
        if (expected == 200) {
            assertThat(status).as(endpoint + " as " + caller).isBetween(200, 299);
        } else {
            assertThat(status).as(endpoint + " as " + caller).isEqualTo(expected);
        }
    }

    private Target target(Endpoint endpoint) {
        YearMonth month = YearMonth.of(2040, 1).plusMonths(MONTHS.getAndIncrement());
        PayrollFixtures fixtures = new PayrollFixtures(api);
        long employee = fixtures.employee(fixtures.contract(2100), List.of()).id();
        Target target = new Target(month, employee, 0);
        long entry = fixtures.entry(PayrollFixtures.worked(employee, day(target, 1) + "T08:00:00Z",
                day(target, 1) + "T15:00:00Z"));
        if (endpoint == Endpoint.REOPEN) {
            assertThat(api.as(Role.ADMIN).post("/api/payroll/" + month + "/close", null).status()).isEqualTo(200);
        }
        return new Target(month, employee, entry);
    }

    /** A day in the middle of the target month, well inside its pay period. */
    private static String day(Target target, int offset) {
        return target.month().atDay(14 + offset).toString();
    }

    private static Map<String, Object> withVersion(Map<String, Object> body) {
        Map<String, Object> versioned = new HashMap<>(body);
        versioned.put("version", 0);
        return versioned;
    }
}
