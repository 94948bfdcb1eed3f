package hu.kozossegi.portal.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Several instances starting together on one database do their start-up data work (demo data, the initial
 * account: the application runners) one after the other: the first runner takes a PostgreSQL advisory lock on
 * a connection of its own and keeps it until the application is ready, so the next instance's runners wait and
 * then find the data already there. A failed start closes the connection, which lets the lock go.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupLock implements ApplicationRunner, DisposableBean {

    /** The advisory lock key: "KKPSTART" as a number, unlikely to meet another application's key. */
    static final long KEY = 0x4B4B505354415254L;
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final DataSource dataSource;
    private Connection held;
    private long started;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        started = System.nanoTime();
        held = dataSource.getConnection();
        try (Statement statement = held.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
        }
        long waited = (System.nanoTime() - started) / 1_000_000;
        if (waited > 1_000) {
            log.info("Waited {} ms for another instance's start-up work", waited);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            log.info("Start-up data ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        catch (SQLException ex) {
            log.warn("Releasing the start-up lock failed; closing its connection releases it", ex);
        }
        finally {
            held = null;
        }
    }

    @Override
    public void destroy() {
        release();
    }
}
