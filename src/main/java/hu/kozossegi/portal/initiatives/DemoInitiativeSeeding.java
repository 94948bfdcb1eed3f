package hu.kozossegi.portal.initiatives;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo profile's way for another module's demo story to add a programme (the exchange programme of the
 * capacity demo): the row is written here, by the module that owns it, inside the caller's transaction. Only in
 * the demo profile.
 */
@Component
@Profile("demo")
public class DemoInitiativeSeeding {

    private final JdbcTemplate jdbc;

    DemoInitiativeSeeding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme of {@code funder} from {@code firstYear} to {@code lastYear}; returns its id. */
    public long programme(String name, String funder, int firstYear, int lastYear, String description) {
        return jdbc.queryForObject("""
                INSERT INTO programme (name, funder, first_year, last_year, description) VALUES (?, ?, ?, ?, ?)
                RETURNING id""", Long.class, name, funder, firstYear, lastYear, description);
    }
}
