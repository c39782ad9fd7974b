package org.permanence.system.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.permanence.security.Role;
import org.permanence.support.ApiResponse;
import org.permanence.support.IntegrationTest;
import org.permanence.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list endpoint takes {@code page} (from 0, default 0) and {@code size} (1..500, default 50) alike. */
@IntegrationTest
class ListPagingApiTest {

    @Autowired
    TestApi api;

    @ParameterizedTest
    @ValueSource(strings = {"/api/skills", "/api/contracts", "/api/employees", "/api/availability",
            "/api/shift-requests", "/api/time-entries", "/api/rotas", "/api/shift-templates", "/api/staffing-needs"})
    void pagesOfAtMost500FromPage0DefaultingTo50(String list) {
        TestApi.Client admin = api.as(Role.ADMIN);

        JsonNode firstPage = admin.get(list).json();
        assertThat(firstPage.path("page").asInt()).isZero();
        assertThat(firstPage.path("size").asInt()).isEqualTo(50);
        assertThat(admin.get(list + "?page=2&size=500").json().path("size").asInt()).isEqualTo(500);

        assertRefusedNaming(admin.get(list + "?size=100000"), "size");
        assertRefusedNaming(admin.get(list + "?size=501"), "size");
        assertRefusedNaming(admin.get(list + "?size=0"), "size");
        assertRefusedNaming(admin.get(list + "?size=-1"), "size");
        assertRefusedNaming(admin.get(list + "?page=-1"), "page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/skills", "/api/contracts", "/api/employees", "/api/availability",
            "/api/shift-requests", "/api/time-entries", "/api/rotas", "/api/shift-templates", "/api/staffing-needs"})
    void theApiDocumentDescribesPageAndSizeAsQueryParameters(String list) {
        JsonNode parameters = api.anonymous().get("/v3/api-docs").json().path("paths").path(list).path("get")
                .path("parameters");

        List<String> names = new ArrayList<>();
        parameters.forEach(parameter -> names.add(parameter.path("name").asText()));
        assertThat(names).contains("page", "size").doesNotContain("pageable");
        parameters.forEach(parameter -> {
            if (parameter.path("name").asText().equals("size")) {
                assertThat(parameter.path("in").asText()).isEqualTo("query");
                assertThat(parameter.path("required").asBoolean()).isFalse();
                assertThat(parameter.at("/schema/minimum").asInt()).isEqualTo(1);
                assertThat(parameter.at("/schema/maximum").asInt()).isEqualTo(500);
                assertThat(parameter.at("/schema/default").asInt()).isEqualTo(50);
            }
        });
    }

    private static void assertRefusedNaming(ApiResponse response, String parameter) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly(parameter);
    }
}
