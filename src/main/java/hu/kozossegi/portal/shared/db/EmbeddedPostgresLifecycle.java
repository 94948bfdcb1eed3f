package hu.kozossegi.portal.shared.db;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops the embedded PostgreSQL when the application stops, after the web server has let the requests in
 * progress finish ({@code server.shutdown=graceful}, phase {@code DEFAULT_PHASE - 1024}) and stopped (phase
 * {@code DEFAULT_PHASE - 2048}): a lifecycle bean of a lower phase stops later. A JVM shutdown hook would run
 * beside Spring's own and pull the database away from the requests still being answered.
 */
@Component
@ConditionalOnProperty(EmbeddedPostgresEnvironment.TOKEN)
class EmbeddedPostgresLifecycle implements SmartLifecycle, DisposableBean {

    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private final String token;
    private volatile boolean running;

    EmbeddedPostgresLifecycle(@Value("${" + EmbeddedPostgresEnvironment.TOKEN + "}") String token) {
        this.token = token;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        release();
    }

    /** Also when the context closes before it was started (a failed or interrupted start). */
    @Override
    public void destroy() {
        release();
    }

    private void release() {
        EmbeddedPostgresServer.current().ifPresent(server -> server.release(token));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** A paused test context keeps the database: other contexts share it. */
    @Override
    public boolean isPauseable() {
        return false;
    }
}
