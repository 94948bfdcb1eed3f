package hu.kozossegi.portal.activities;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.shared.web.Option;

/**
 * The organisations an event may name: the one an individual consultation served (mentoring an organisation of a
 * capacity-building programme) and the one each participant came with. Provided by the module that knows
 * organisations, so that activities does not depend on it; without a provider the event and attendance forms
 * offer no choice.
 */
public interface EventOrganisations {

    /**
     * The organisations an event of {@code countyCode} may name: the county's active ones, those enrolled in a
     * programme first; for a national event (null) the enrolled organisations of every county.
     */
    List<Option> choices(String countyCode);

    /** Whether the organisation may be named by an event of {@code countyCode}: one of {@link #choices}. */
    boolean ofCounty(long organisationId, String countyCode);

    /** The names of the given organisations, by id (for the event and attendance pages). */
    Map<Long, String> names(Collection<Long> organisationIds);
}
