package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.initiatives.InitiativeStatus;

/** Filters of the initiative list; null means "any". {@code sort} is "start" (newest first) or "title". */
public record InitiativeFilter(String county, Long settlement, Integer year, InitiativeStatus status, String theme,
        Long programme, String q, String sort) {

    public boolean byTitle() {
        return "title".equals(sort);
    }
}
