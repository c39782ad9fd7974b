package org.permanence.payroll;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PayrollProperties.class, TimeEntryProperties.class})
class PayrollConfiguration {

    /** The helpline needs one active rule set before any month can be classified. */
    @Bean
    ApplicationRunner defaultPayrollRuleSet(RuleSets ruleSets) {
        return arguments -> ruleSets.createDefaultIfNone();
    }
}
