package org.permanence.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the Spring context under test at a database of its own (see {@link IsolatedIntegrationTest}). */
class SeparateDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("permanenceSeparateTestDatabase", TestDatabase.separate()));
    }
}
