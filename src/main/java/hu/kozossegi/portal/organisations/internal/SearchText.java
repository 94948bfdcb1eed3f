package hu.kozossegi.portal.organisations.internal;

/** A typed search text as a literal for {@code LIKE '%' || search_key(:q) || '%'}: wildcards taken literally. */
public final class SearchText {

    private SearchText() {
    }

    public static String likeLiteral(String q) {
        return q == null ? "" : q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
