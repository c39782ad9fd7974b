package org.permanence.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.permanence.security.Role;
import org.permanence.security.UserAccounts;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/**
 * Calls the running service over real HTTP, signed in as test users it creates on demand
 * (one per role, one per linked employee), or anonymously.
 */
@TestComponent
public class TestApi {

    /** Password of the users this class creates. */
    public static final String PASSWORD = "test-password";
    /** Password {@link IntegrationTest} gives the {@code admin} account created on first start. */
    public static final String ADMIN_PASSWORD = "admin-test-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Boolean> createdUsers = new ConcurrentHashMap<>();
    private final Environment environment;
    private final UserAccounts userAccounts;
    private final ObjectMapper objectMapper;

    TestApi(Environment environment, UserAccounts userAccounts, ObjectMapper objectMapper) {
        this.environment = environment;
        this.userAccounts = userAccounts;
        this.objectMapper = objectMapper;
    }

    /** A client signed in as a test user holding exactly this role (and linked to no employee). */
    public Client as(Role role) {
        String username = "test-" + role.name().toLowerCase();
        ensureUser(username, Set.of(role), null);
        return new Client(username, PASSWORD);
    }

    /** A client signed in as an EMPLOYEE user linked to the given employee record. */
    public Client asEmployee(long employeeId) {
        String username = "test-employee-" + employeeId;
        ensureUser(username, Set.of(Role.EMPLOYEE), employeeId);
        return new Client(username, PASSWORD);
    }

    public Client as(String username, String password) {
        return new Client(username, password);
    }

    public Client anonymous() {
        return new Client(null, null);
    }

    private void ensureUser(String username, Set<Role> roles, Long employeeId) {
        createdUsers.computeIfAbsent(username, name -> {
            if (!userAccounts.exists(name)) {
                userAccounts.create(name, PASSWORD, roles, employeeId);
            }
            return true;
        });
    }

    private String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    /** An HTTP client with fixed credentials. Bodies are objects serialized as JSON, or raw JSON strings. */
    public final class Client {

        private final String authorization;

        private Client(String username, String password) {
            this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        public ApiResponse get(String path) {
            return send("GET", path, null);
        }

        /** Polls a rota's solve status until the solve has ended (and its final save is done); the last status. */
        public JsonNode awaitSolveEnd(long rotaId) {
            for (int attempt = 0; attempt < 600; attempt++) {
                JsonNode status = get("/api/rotas/" + rotaId + "/solve").json();
                if (status.path("status").asText().equals("NOT_SOLVING")) {
                    return status;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new AssertionError("rota " + rotaId + " still solving after two minutes");
        }

        public ApiResponse post(String path, Object body) {
            return send("POST", path, body);
        }

        public ApiResponse put(String path, Object body) {
            return send("PUT", path, body);
        }

        public ApiResponse delete(String path) {
            return send("DELETE", path, null);
        }

        /** GETs a file: status, content type, Content-Disposition and the raw bytes. */
        public Download download(String path) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Download(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Content-Disposition").orElse(""), response.body());
            } catch (IOException e) {
                throw new IllegalStateException("GET " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("GET " + path + " interrupted", e);
            }
        }

        /**
         * Sends a request without a body whose path and query are written as they are, even when they are no valid
         * URI (a malformed %-escape), which {@link HttpClient} refuses to send.
         */
        public ApiResponse sendVerbatim(String method, String pathAndQuery) {
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl() + pathAndQuery).openConnection();
                connection.setRequestMethod(method);
                connection.setRequestProperty("Accept", "application/json, application/problem+json");
                if (authorization != null) {
                    connection.setRequestProperty("Authorization", authorization);
                }
                int status = connection.getResponseCode();
                InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                String text = body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                return new ApiResponse(status, String.valueOf(connection.getContentType()), text, objectMapper);
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + pathAndQuery + " failed", e);
            }
        }

        public ApiResponse send(String method, String path, Object body) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Accept", "application/json, application/problem+json");
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                if (body == null) {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                } else {
                    String json = body instanceof String text ? text : objectMapper.writeValueAsString(body);
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(json));
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new ApiResponse(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body(), objectMapper);
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(method + " " + path + " interrupted", e);
            }
        }
    }
}
