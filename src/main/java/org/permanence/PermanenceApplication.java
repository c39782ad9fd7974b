package org.permanence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PermanenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PermanenceApplication.class, args);
    }
}
