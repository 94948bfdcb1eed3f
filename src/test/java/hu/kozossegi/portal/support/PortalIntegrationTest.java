package hu.kozossegi.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the real (embedded) PostgreSQL with MockMvc. Every test class that uses this
 * annotation (and nothing else that changes the context) shares one cached application context, so the
 * suite starts Spring once. Tests build their own data and must not depend on other tests' rows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface PortalIntegrationTest {
}
