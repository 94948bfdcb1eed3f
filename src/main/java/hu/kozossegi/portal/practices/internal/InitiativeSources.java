package hu.kozossegi.portal.practices.internal;

import java.util.Optional;

import hu.kozossegi.portal.initiatives.Initiatives;
import org.springframework.stereotype.Component;

/** The initiative a practice is proposed from: its title, county and primary settlement (initiatives' API). */
@Component
public class InitiativeSources {

    /** What the proposal form shows and stores of the initiative. */
    public record InitiativeRef(long id, String title, String countyCode, long settlementId) {

        public PracticeService.Source source() {
            return new PracticeService.Source(id, countyCode, settlementId);
        }
    }

    private final Initiatives initiatives;

    InitiativeSources(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    public Optional<InitiativeRef> find(long initiativeId) {
        return initiatives.find(initiativeId)
                .map(i -> new InitiativeRef(i.id(), i.title(), i.countyCode(), i.primarySettlementId()));
    }
}
