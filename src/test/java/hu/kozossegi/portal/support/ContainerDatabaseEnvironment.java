package hu.kozossegi.portal.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The documented switch for machines with Docker: {@code ./mvnw verify -Dportal.test.db=docker} runs the same
 * tests against a {@code postgres:18} container (Testcontainers) instead of the embedded PostgreSQL.
 * Without the switch nothing here touches Docker.
 */
public class ContainerDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static PostgreSQLContainer container;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"docker".equals(environment.getProperty("portal.test.db"))) {
            return;
        }
        PostgreSQLContainer db = start();
        environment.getPropertySources().addFirst(new MapPropertySource("testcontainersPostgres", Map.of(
                "spring.datasource.url", db.getJdbcUrl(),
                "spring.datasource.username", db.getUsername(),
                "spring.datasource.password", db.getPassword())));
    }

    private static synchronized PostgreSQLContainer start() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:18");
            container.start();
        }
        return container;
    }

    @Override
    public int getOrder() {
        // Before the embedded database's post-processor, which then sees a datasource URL and stays off.
        return Ordered.LOWEST_PRECEDENCE - 20;
    }
}
