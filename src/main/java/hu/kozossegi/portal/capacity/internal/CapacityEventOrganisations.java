package hu.kozossegi.portal.capacity.internal;

import java.util.List;

import hu.kozossegi.portal.activities.EventOrganisations;
import hu.kozossegi.portal.shared.web.Option;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The county's active organisations, for the event form's "organisation served" choice. */
@Component
class CapacityEventOrganisations implements EventOrganisations {

    private final CapacityQueries queries;
    private final JdbcClient jdbc;

    CapacityEventOrganisations(CapacityQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @Override
    public List<Option> choices(String countyCode) {
        return queries.organisationOptions(countyCode);
    }

    @Override
    public boolean ofCounty(long organisationId, String countyCode) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM organisation WHERE id = :id
                               AND (CAST(:county AS CHAR(2)) IS NULL OR county_code = :county))""")
                .param("id", organisationId).param("county", countyCode).query(Boolean.class).single();
    }
}
