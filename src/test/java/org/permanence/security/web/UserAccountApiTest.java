package org.permanence.security.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.Concurrently;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UserAccountApiTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    TestApi api;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private long employee() {
        String code = unique("U");
        long skill = api.as(Role.ADMIN).post("/api/skills", Map.of("code", code, "name", "Skill " + code)).id();
        long contract = api.as(Role.ADMIN).post("/api/contracts", Map.of("name", unique("Contract "),
                "weeklyMinutes", 1440)).id();
        return api.as(Role.ADMIN).post("/api/employees", Map.of("payrollNumber", unique("P"), "firstName", "Nadia",
                "lastName", unique("Benali"), "contractId", contract, "skillIds", List.of(skill),
                "employmentStart", "2024-01-15")).id();
    }

    private static Map<String, Object> account(String username, String password, List<String> roles,
            Long employeeId) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", password, "roles", roles));
        body.put("employeeId", employeeId);
        return body;
    }

    @Test
    void anAdminGivesAnEmployeeAnAccountThatSignsInAndReadsOnlyTheirOwnRecords() {
        long nadia = employee();
        String username = unique("nadia.");

        ApiResponse created = api.as(Role.ADMIN).post("/api/users",
                account(username, PASSWORD, List.of("EMPLOYEE"), nadia));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("roles").get(0).asText()).isEqualTo("EMPLOYEE");
        assertThat(created.json().path("employeeId").asLong()).isEqualTo(nadia);
        assertThat(created.json().has("password")).isFalse();
        assertThat(api.as(username, PASSWORD).get("/api/me").json().path("employeeId").asLong()).isEqualTo(nadia);
        assertThat(api.as(username, PASSWORD).get("/api/employees/" + nadia).status()).isEqualTo(200);
        assertThat(api.as(username, PASSWORD).get("/api/me/swaps").status()).isEqualTo(200);
        assertThat(api.as(username, PASSWORD).get("/api/users").status()).isEqualTo(403);
        assertThat(api.as(Role.ADMIN).get("/api/users").json().findValuesAsText("username")).contains(username);
    }

    @Test
    void badAccountsAreRefusedNamingTheFieldAndOnlyAdminsManageAccounts() {
        long nadia = employee();
        String taken = unique("taken.");
        api.as(Role.ADMIN).post("/api/users", account(taken, PASSWORD, List.of("HR"), null));

        ApiResponse shortPassword = api.as(Role.ADMIN).post("/api/users",
                account(unique("a."), "short", List.of("HR"), null));
        ApiResponse employeeWithoutRecord = api.as(Role.ADMIN).post("/api/users",
                account(unique("b."), PASSWORD, List.of("EMPLOYEE"), null));
        ApiResponse unknownEmployee = api.as(Role.ADMIN).post("/api/users",
                account(unique("c."), PASSWORD, List.of("EMPLOYEE"), 987_654_321L));
        ApiResponse duplicate = api.as(Role.ADMIN).post("/api/users", account(taken, PASSWORD, List.of("HR"), null));
        ApiResponse badName = api.as(Role.ADMIN).post("/api/users", account(" spaced ", PASSWORD, List.of("HR"), null));
        ApiResponse byPlanner = api.as(Role.PLANNER).post("/api/users",
                account(unique("d."), PASSWORD, List.of("ADMIN"), nadia));

        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.errorFields()).containsExactly("password");
        assertThat(employeeWithoutRecord.errorFields()).containsExactly("employeeId");
        assertThat(unknownEmployee.errorFields()).containsExactly("employeeId");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("username");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.errorFields()).containsExactly("username");
        assertThat(byPlanner.status()).isEqualTo(403);
    }

    @Test
    void rolesChangeWithTheVersionReadAndADisabledAccountNoLongerSignsIn() {
        String username = unique("planner.");
        JsonNode created = api.as(Role.ADMIN).post("/api/users", account(username, PASSWORD, List.of("PLANNER"),
                null)).json();
        long version = created.path("version").asLong();

        ApiResponse promoted = api.as(Role.ADMIN).put("/api/users/" + username, Map.of("roles",
                List.of("PLANNER", "MANAGER"), "enabled", true, "version", version));
        ApiResponse stale = api.as(Role.ADMIN).put("/api/users/" + username, Map.of("roles", List.of("HR"),
                "enabled", true, "version", version));
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(200);
        assertThat(promoted.json().path("roles").toString()).contains("MANAGER");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.as(username, PASSWORD).get("/api/rotas").status()).isEqualTo(200);

        ApiResponse disabled = api.as(Role.ADMIN).put("/api/users/" + username, Map.of("roles",
                List.of("PLANNER"), "enabled", false, "version", promoted.json().path("version").asLong()));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(api.as(username, PASSWORD).get("/api/rotas").status()).isEqualTo(401);
    }

    @Test
    void usersChangeTheirOwnPasswordByProvingTheCurrentOneAndAdminsResetForgottenOnes() {
        String username = unique("hr.");
        api.as(Role.ADMIN).post("/api/users", account(username, PASSWORD, List.of("HR"), null));
        String changed = "another long enough password";

        ApiResponse wrongCurrent = api.as(username, PASSWORD).put("/api/me/password",
                Map.of("currentPassword", "not it at all", "newPassword", changed));
        ApiResponse tooShort = api.as(username, PASSWORD).put("/api/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "short"));
        ApiResponse ok = api.as(username, PASSWORD).put("/api/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", changed));

        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(wrongCurrent.errorFields()).containsExactly("currentPassword");
        assertThat(tooShort.errorFields()).containsExactly("newPassword");
        assertThat(ok.status()).isEqualTo(204);
        assertThat(api.as(username, PASSWORD).get("/api/employees").status()).isEqualTo(401);
        assertThat(api.as(username, changed).get("/api/employees").status()).isEqualTo(200);

        String reset = "reset by the administrator";
        assertThat(api.as(Role.ADMIN).put("/api/users/" + username + "/password", Map.of("password", reset))
                .status()).isEqualTo(204);
        assertThat(api.as(username, reset).get("/api/employees").status()).isEqualTo(200);
    }

    @Test
    void aPasswordBCryptCannotHashOrMadeOnlyOfSpacesIsRefusedNamingItWhereverItIsSet() {
        String username = unique("hr.");
        api.as(Role.ADMIN).post("/api/users", account(username, PASSWORD, List.of("HR"), null));
        String longest = "y".repeat(72);
        String tooLong = "y".repeat(73);
        String accented = "\u00e9".repeat(40);
        String spaces = " ".repeat(12);
        String otherSpaces = "\u00a0\u2003\t".repeat(4);

        for (String refused : List.of(tooLong, accented, spaces, otherSpaces)) {
            assertRefusedPassword(api.as(Role.ADMIN).post("/api/users",
                    account(unique("long."), refused, List.of("HR"), null)), "password");
            assertRefusedPassword(api.as(Role.ADMIN).put("/api/users/" + username + "/password",
                    Map.of("password", refused)), "password");
            assertRefusedPassword(api.as(username, PASSWORD).put("/api/me/password",
                    Map.of("currentPassword", PASSWORD, "newPassword", refused)), "newPassword");
        }
        assertThat(api.as(username, PASSWORD).get("/api/me").status()).isEqualTo(200);

        assertThat(api.as(username, PASSWORD).put("/api/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", longest)).status()).isEqualTo(204);
        assertThat(api.as(username, longest).get("/api/me").status()).isEqualTo(200);
    }

    private static void assertRefusedPassword(ApiResponse response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.errorFields()).containsExactly(field);
    }

    @Test
    void theLastEnabledAdminStaysAndNobodyRemovesTheirOwnAccount() {
        JsonNode admin = api.as(Role.ADMIN).get("/api/users/admin").json();
        JsonNode testAdmin = api.as(Role.ADMIN).get("/api/users/test-admin").json();
        ApiResponse disabledAdmin = api.as(Role.ADMIN).put("/api/users/admin", Map.of("roles", List.of("ADMIN"),
                "enabled", false, "version", admin.path("version").asLong()));
        try {
            ApiResponse demotingTheLast = api.as(Role.ADMIN).put("/api/users/test-admin", Map.of("roles",
                    List.of("PLANNER"), "enabled", true, "version", testAdmin.path("version").asLong()));
            ApiResponse removingOneself = api.as(Role.ADMIN).delete("/api/users/test-admin");

            assertThat(disabledAdmin.status()).as(disabledAdmin.toString()).isEqualTo(200);
            assertThat(demotingTheLast.status()).isEqualTo(409);
            assertThat(demotingTheLast.errorFields()).containsExactly("roles");
            assertThat(removingOneself.status()).isEqualTo(409);
            assertThat(api.as(Role.ADMIN).get("/api/users/test-admin").json().path("roles").toString())
                    .contains("ADMIN");
        } finally {
            api.as(Role.ADMIN).put("/api/users/admin", Map.of("roles", List.of("ADMIN"), "enabled", true,
                    "version", disabledAdmin.json().path("version").asLong()));
        }
        assertThat(api.as("admin", TestApi.ADMIN_PASSWORD).get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void anAccountReadCanBeSentBackChanged() {
        String username = unique("sent.");
        api.as(Role.ADMIN).post("/api/users", account(username, PASSWORD, List.of("PLANNER"), null));
        ObjectNode read = (ObjectNode) api.as(Role.ADMIN).get("/api/users/" + username).json();
        read.put("enabled", false);

        ApiResponse sentBack = api.as(Role.ADMIN).put("/api/users/" + username, read);

        assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
        assertThat(sentBack.json().path("enabled").asBoolean()).isFalse();
    }

    @Test
    void anEmployeeWithASignInAccountIsNotDeletedUnderIt() {
        long nadia = employee();
        String username = unique("nadia.");
        api.as(Role.ADMIN).post("/api/users", account(username, PASSWORD, List.of("EMPLOYEE"), nadia));

        ApiResponse refused = api.as(Role.ADMIN).delete("/api/employees/" + nadia);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("id");
        assertThat(refused.json().path("detail").asText()).contains(username);
        assertThat(api.as(Role.ADMIN).get("/api/users/" + username).json().path("employeeId").asLong())
                .isEqualTo(nadia);
        assertThat(api.as(Role.ADMIN).delete("/api/users/" + username).status()).isEqualTo(204);
        assertThat(api.as(Role.ADMIN).delete("/api/employees/" + nadia).status()).isEqualTo(204);
    }

    @Test
    void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() {
        api.as(Role.ADMIN);
        TestApi.Client admin = api.as("admin", TestApi.ADMIN_PASSWORD);
        TestApi.Client testAdmin = api.as("test-admin", TestApi.PASSWORD);
        List<String> targets = List.of("test-admin", "admin");
        List<Long> versions = targets.stream()
                .map(username -> admin.get("/api/users/" + username).json().path("version").asLong()).toList();

        List<Integer> statuses = Concurrently.statuses(2, index -> (index == 0 ? admin : testAdmin).put(
                "/api/users/" + targets.get(index), Map.of("roles", List.of("ADMIN"), "enabled", false,
                        "version", versions.get(index))));

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        int disabled = statuses.indexOf(200);
        TestApi.Client survivor = disabled == 0 ? admin : testAdmin;
        String target = targets.get(disabled);
        assertThat(survivor.put("/api/users/" + target, Map.of("roles", List.of("ADMIN"), "enabled", true,
                "version", survivor.get("/api/users/" + target).json().path("version").asLong())).status())
                .isEqualTo(200);
    }
}
