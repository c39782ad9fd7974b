package org.permanence.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded MariaDB and points the DataSource at it, unless {@code spring.datasource.url} is set
 * or {@code permanence.embedded-db.enabled=false}. Flyway and everything else that uses the DataSource thus
 * run after the server is up.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(properties.directory(), properties.port());
        server.createDatabase(properties.databaseName());
        return server;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server, EmbeddedDatabaseProperties properties) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.databaseUrl(properties.databaseName()))
                .username("root")
                .password("")
                .build();
    }

    static class NoDataSourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return !environment.containsProperty("spring.datasource.url")
                    && Binder.get(environment).bind("permanence.embedded-db.enabled", Boolean.class).orElse(true);
        }
    }
}
