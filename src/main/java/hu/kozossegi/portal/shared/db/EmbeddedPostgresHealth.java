package hu.kozossegi.portal.shared.db;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN while the embedded PostgreSQL is dead or being started again ({@code /actuator/health}). */
@Component("embeddedDatabase")
@ConditionalOnProperty(EmbeddedPostgresEnvironment.TOKEN)
class EmbeddedPostgresHealth implements HealthIndicator {

    @Override
    public Health health() {
        return EmbeddedPostgresServer.current()
                .map(server -> server.problem() == null
                        ? Health.up().withDetail("port", server.port()).build()
                        : Health.down().withDetail("problem", server.problem()).build())
                .orElseGet(() -> Health.down().withDetail("problem", "not running").build());
    }
}
