package hu.kozossegi.portal.organisations.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.initiatives.InitiativePageSection;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.initiatives.OutcomeSummary;
import hu.kozossegi.portal.organisations.internal.OrganisationQueries;
import hu.kozossegi.portal.organisations.internal.OrganisationRow;
import org.springframework.stereotype.Component;

/**
 * The organisations an initiative runs or brought into being, on the initiative's page; to its county's coordinator
 * (and the national office) each outcome "civil organisation founded" without an organisation offers to create or
 * link one. Two statements, at most 50 organisations.
 */
@Component
class OrganisationsOfInitiative implements InitiativePageSection {

    private final OrganisationQueries queries;
    private final Initiatives initiatives;
    OrganisationsOfInitiative(OrganisationQueries queries, Initiatives initiatives) {
        this.queries = queries;
        this.initiatives = initiatives;
    }

    @Override
    public Place place() {
        return Place.END;
    }

    /** After the linked events and visits of {@code activities} (10). */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "organisations/initiative-panel :: panel";
    }

    @Override
    public Map<String, Object> model(PortalUser reader, long initiativeId, String countyCode) {
        List<OrganisationRow> organisations = queries.ofInitiative(initiativeId, reader, 50);
        boolean canWrite = reader != null && CountyAccess.canWrite(reader, countyCode, Role.COUNTY_COORDINATOR);
        Set<Long> founded = organisations.stream().map(OrganisationRow::foundedOutcomeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<OutcomeSummary> offers = canWrite ? initiatives.civilOrganisationOutcomes(initiativeId).stream()
                .filter(o -> !founded.contains(o.id())).toList() : List.of();
        if (organisations.isEmpty() && offers.isEmpty()) {
            return Map.of();
        }
        return Map.of("organisations", organisations, "offers", offers);
    }
}
