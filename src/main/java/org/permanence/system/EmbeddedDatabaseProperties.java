package org.permanence.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MariaDB started when no {@code spring.datasource.url} is configured.
 *
 * @param enabled      false to never start it (then a datasource must be configured)
 * @param directory    where its binaries, data and temporary files live; the data survives restarts
 * @param port         TCP port, 0 for any free port
 * @param databaseName the schema the service uses
 */
@ConfigurationProperties("permanence.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/mariadb") Path directory,
        @DefaultValue("0") int port,
        @DefaultValue("permanence") String databaseName) {
}
