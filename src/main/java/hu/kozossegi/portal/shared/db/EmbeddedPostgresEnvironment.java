package hu.kozossegi.portal.shared.db;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Zero-config runs: when no {@code spring.datasource.url} is configured, starts a real embedded PostgreSQL
 * (zonky, PostgreSQL 18 binaries) on the data directory {@code portal.embedded-db.data-dir} and points the
 * datasource at it. Production sets SPRING_DATASOURCE_URL and never reaches this.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    private final Log log;

    /** Logging is not set up yet when environment post-processors run: Boot replays this log once it is. */
    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    static final String DATA_DIR = "portal.embedded-db.data-dir";
    static final String ENABLED = "portal.embedded-db.enabled";
    static final String CLEAN = "portal.embedded-db.clean";
    /** Set while this application uses the embedded server; {@link EmbeddedPostgresLifecycle} lets it go. */
    static final String TOKEN = "portal.embedded-db.token";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty(DATA_DIR, "data/postgres")).toAbsolutePath().normalize();
        boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
        EmbeddedPostgresServer.Use use = EmbeddedPostgresServer.useStarting(dataDir, clean, log);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", use.server().jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                TOKEN, use.token())));
    }

    @Override
    public int getOrder() {
        // After the config data (application.properties, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
