package org.permanence.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, but the Spring context gets a fresh database of its own: for tests whose outcome
 * depends on <em>all</em> the data (a solve plans every employee, template and staffing need), which the shared
 * database fills with other tests' records. Test classes with the same configuration share that context and
 * database; add properties (e.g. {@code permanence.demo.enabled=true}) to get another one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.basedir=target/tomcat-test",
        "permanence.embedded-db.enabled=false",
        "permanence.security.bcrypt-strength=4",
        "PERMANENCE_ADMIN_PASSWORD=" + TestApi.ADMIN_PASSWORD
})
@ContextConfiguration(initializers = SeparateDatabaseInitializer.class)
@Import(TestApi.class)
public @interface IsolatedIntegrationTest {
}
