package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.initiatives.InitiativeStatus;

/**
 * Filters of the initiative list; null means "any". {@code sort} is "start" (newest first) or "title".
 * {@code scope} "new" narrows the list to initiatives started (not PLANNED), in {@code year} when given; otherwise
 * {@code year} means active in that year (DESIGN.md section 3). {@code region}: primary settlement in that region.
 */
public record InitiativeFilter(String county, Integer region, Long settlement, Integer year, String scope,
        InitiativeStatus status, String theme, Long programme, String q, String sort) {

    public static final String SCOPE_NEW = "new";
    public static final String SCOPE_ACTIVE = "active";

    public boolean byTitle() {
        return "title".equals(sort);
    }

    public boolean onlyNew() {
        return SCOPE_NEW.equals(scope);
    }
}
