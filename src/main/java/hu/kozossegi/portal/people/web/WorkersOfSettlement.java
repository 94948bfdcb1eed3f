package hu.kozossegi.portal.people.web;

import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.geography.SettlementDetailSection;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.people.internal.WorkerQueries;
import hu.kozossegi.portal.people.internal.WorkerRow;
import org.springframework.stereotype.Component;

/** The community workers of a settlement, on the settlement's page (one statement, at most 50 names). */
@Component
class WorkersOfSettlement implements SettlementDetailSection {

    private final WorkerQueries queries;
    private final CountyAccess access;

    WorkersOfSettlement(WorkerQueries queries, CountyAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "people/settlement-panel :: panel";
    }

    @Override
    public Map<String, Object> model(SettlementSummary settlement) {
        List<WorkerRow> workers = queries.ofSettlement(settlement.id(), access.currentUser().orElse(null), 50);
        return Map.of("workers", workers, "settlementId", settlement.id(), "countyCode", settlement.countyCode());
    }
}
