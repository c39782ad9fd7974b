package org.permanence.system;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HelplineProperties.class, EmbeddedDatabaseProperties.class})
class SystemConfiguration {

    /** The one clock the service reads; its zone is the helpline's so local dates come out right. */
    @Bean
    Clock clock(HelplineProperties helpline) {
        return Clock.system(helpline.zone());
    }
}
