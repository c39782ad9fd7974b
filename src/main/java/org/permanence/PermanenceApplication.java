package org.permanence;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PermanenceApplication {

    public static void main(String[] args) {
        // The JDBC driver converts dates through the JVM zone: in UTC, DATETIME columns hold UTC instants and no
        // local date falls into a daylight-saving gap. Helpline-local times always use permanence.zone explicitly.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SpringApplication.run(PermanenceApplication.class, args);
    }
}
