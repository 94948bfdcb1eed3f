package hu.kozossegi.portal.practices.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The initiative a practice is proposed from: its title, county and primary settlement. */
@Component
public class InitiativeSources {

    /** What the proposal form shows and stores of the initiative. */
    public record InitiativeRef(long id, String title, String countyCode, long settlementId) {

        public PracticeService.Source source() {
            return new PracticeService.Source(id, countyCode, settlementId);
        }
    }

    private final JdbcClient jdbc;

    InitiativeSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InitiativeRef> find(long initiativeId) {
        return jdbc.sql("""
                SELECT i.id, i.title, s.county_code, i.primary_settlement_id AS settlement_id
                FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id WHERE i.id = ?""")
                .param(initiativeId).query(InitiativeRef.class).optional();
    }
}
