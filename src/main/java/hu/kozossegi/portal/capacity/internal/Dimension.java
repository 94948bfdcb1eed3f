package hu.kozossegi.portal.capacity.internal;

/** The fixed dimensions an organisation's capacity is assessed on, in the order forms and reports show them. */
public enum Dimension {
    GOVERNANCE, PLANNING, FUNDRAISING, COMMUNICATION, PARTNERSHIPS, COMMUNITY_INVOLVEMENT
}
