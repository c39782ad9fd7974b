package org.permanence.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On first start, creates the {@code admin} account with the password from {@code PERMANENCE_ADMIN_PASSWORD},
 * or a random one written once to the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountInitializer implements ApplicationRunner {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);

    private final UserAccounts accounts;
    private final Environment environment;

    AdminAccountInitializer(UserAccounts accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ADMIN_USERNAME)) {
            return;
        }
        String configured = environment.getProperty("PERMANENCE_ADMIN_PASSWORD", "");
        String password = configured.isBlank() ? randomPassword() : configured;
        accounts.create(ADMIN_USERNAME, password, Set.of(Role.ADMIN), null);
        if (configured.isBlank()) {
            log.warn("Created user '{}' with generated password: {}  (shown only once; set PERMANENCE_ADMIN_PASSWORD "
                    + "before the first start to choose it)", ADMIN_USERNAME, password);
        } else {
            log.info("Created user '{}' with the password from PERMANENCE_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
