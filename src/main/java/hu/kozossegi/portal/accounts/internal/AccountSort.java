package hu.kozossegi.portal.accounts.internal;

/** The orders the account list offers; each ends in the id so pages never overlap. */
public enum AccountSort {
    NAME("full_name COLLATE \"hu-HU-x-icu\", u.id"),
    USERNAME("lower(username), u.id"),
    COUNTY("c.name COLLATE \"hu-HU-x-icu\" NULLS FIRST, full_name COLLATE \"hu-HU-x-icu\", u.id"),
    ROLE("role, full_name COLLATE \"hu-HU-x-icu\", u.id");

    final String orderBy;

    AccountSort(String orderBy) {
        this.orderBy = orderBy;
    }

    /** The sort named by a request parameter; anything unknown sorts by name. */
    public static AccountSort parse(String value) {
        for (AccountSort sort : values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return NAME;
    }
}
