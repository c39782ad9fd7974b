package org.permanence.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code permanence.demo.enabled} when set; otherwise the demo loads exactly when the service runs on its embedded
 * MariaDB (no {@code spring.datasource.url}), so a production database never receives demo data by default.
 */
class DemoEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        Boolean configured = environment.getProperty("permanence.demo.enabled", Boolean.class);
        if (configured != null) {
            return configured;
        }
        return !environment.containsProperty("spring.datasource.url")
                && environment.getProperty("permanence.embedded-db.enabled", Boolean.class, true);
    }
}
