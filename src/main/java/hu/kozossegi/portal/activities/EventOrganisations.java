package hu.kozossegi.portal.activities;

import java.util.List;

import hu.kozossegi.portal.shared.web.Option;

/**
 * The organisations an event may name as the one it served (an individual consultation mentoring an organisation
 * of a capacity-building programme). Provided by the module that knows organisations, so that activities does
 * not depend on it; without a provider the event form offers no choice.
 */
public interface EventOrganisations {

    /** The organisations of {@code countyCode} to choose from (every county's for the national office's null). */
    List<Option> choices(String countyCode);

    /** Whether the organisation exists and belongs to {@code countyCode} (any county for null). */
    boolean ofCounty(long organisationId, String countyCode);
}
