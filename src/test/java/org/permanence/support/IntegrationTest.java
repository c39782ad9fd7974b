package org.permanence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port, on a real MariaDB (see {@link TestDatabase}), without demo data.
 * Inject {@link TestApi} to call it over HTTP as users of each role.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.basedir=target/tomcat-test",
        "permanence.demo.enabled=false",
        "permanence.embedded-db.enabled=false",
        "permanence.security.bcrypt-strength=4",
        "PERMANENCE_ADMIN_PASSWORD=" + TestApi.ADMIN_PASSWORD
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestApi.class)
public @interface IntegrationTest {
}
