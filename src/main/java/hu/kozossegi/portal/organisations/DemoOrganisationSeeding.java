package hu.kozossegi.portal.organisations;

import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo profile's way for another module's demo story to add organisations and their links to initiatives
 * (the capacity programme's enrolled organisations): the rows are written here, by the module that owns them,
 * inside the caller's transaction. Only in the demo profile.
 */
@Component
@Profile("demo")
public class DemoOrganisationSeeding {

    private final JdbcTemplate jdbc;

    DemoOrganisationSeeding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An active organisation or informal group; returns its id. */
    public long organisation(String name, OrganisationKind kind, String countyCode, long seatSettlementId,
            LocalDate foundedOn, String focus) {
        return jdbc.queryForObject("""
                INSERT INTO organisation (name, kind, county_code, seat_settlement_id, founded_on, focus)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, name, kind.name(), countyCode,
                seatSettlementId, foundedOn, focus);
    }

    /** Links an organisation to an initiative it runs. */
    public void runs(long organisationId, long initiativeId) {
        jdbc.update("INSERT INTO organisation_initiative (organisation_id, initiative_id, relation) VALUES (?, ?, 'RUNS')",
                organisationId, initiativeId);
    }
}
