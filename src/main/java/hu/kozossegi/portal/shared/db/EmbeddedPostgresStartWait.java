package hu.kozossegi.portal.shared.db;

import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded PostgreSQL starts in the background while the application context is prepared
 * ({@link EmbeddedPostgresServer#useStarting}); the data source, the first thing that connects, waits here until
 * it runs, or fails the start with the server's own error. Nothing to wait for with an external database.
 */
@Component
class EmbeddedPostgresStartWait implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStartWait.class);
    private final AtomicBoolean reported = new AtomicBoolean();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            EmbeddedPostgresServer.current().ifPresent(server -> {
                long waited = System.nanoTime();
                long took = server.started();
                if (reported.compareAndSet(false, true)) {
                    log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms, {} ms of it waited for)",
                            server.port(), server.dataDir(), took, (System.nanoTime() - waited) / 1_000_000);
                }
            });
        }
        return bean;
    }
}
