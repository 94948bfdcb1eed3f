package hu.kozossegi.portal.people.internal;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * The {@code stress} profile: after the demo data, tops the database up to 3,200 settlements and 20,000 workers
 * with {@code scripts/stress-data.sql} (run from the project directory), for load measurements.
 */
@Component
@Profile("stress")
@Order(25)
class StressData implements ApplicationRunner {

    private final DataSource dataSource;

    StressData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) {
        new ResourceDatabasePopulator(new FileSystemResource("scripts/stress-data.sql")).execute(dataSource);
    }
}
