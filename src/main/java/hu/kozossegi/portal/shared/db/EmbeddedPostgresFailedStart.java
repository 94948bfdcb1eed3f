package hu.kozossegi.portal.shared.db;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;

/** A start that fails before {@link EmbeddedPostgresLifecycle} exists still stops the server it started. */
class EmbeddedPostgresFailedStart implements ApplicationListener<ApplicationFailedEvent> {

    @Override
    public void onApplicationEvent(ApplicationFailedEvent event) {
        if (event.getApplicationContext() == null) {
            return;
        }
        String token = event.getApplicationContext().getEnvironment().getProperty(EmbeddedPostgresEnvironment.TOKEN);
        if (token != null) {
            EmbeddedPostgresServer.current().ifPresent(server -> server.release(token));
        }
    }
}
