package org.permanence.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo helpline on a start with an empty staff list, after the admin account exists. */
@Component
@Conditional(DemoEnabled.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoLoader implements ApplicationRunner {

    private final DemoHelpline demo;

    DemoLoader(DemoHelpline demo) {
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.loadIfEmpty();
    }
}
