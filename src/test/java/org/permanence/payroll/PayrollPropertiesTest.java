package org.permanence.payroll;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The defaults of the first rule set obey the rule set's checks that the settings can break. */
class PayrollPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PayrollProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void aNightWindowWithSecondsDoesNotStart() {
        context.withPropertyValues("permanence.payroll.night-start=21:00:30").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("nightStart")
                    .hasMessageContaining("must be on a whole minute");
        });
        context.withPropertyValues("permanence.payroll.night-start=22:00").run(started ->
                assertThat(started.getBean(PayrollProperties.class).nightStart()).hasToString("22:00"));
    }
}
