package hu.kozossegi.portal.opendata.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.kozossegi.portal.shared.db.TextSearch;

/** The conditions and named parameters of one list query, built from its filters and the token's scope. */
final class Where {

    private final StringBuilder sql = new StringBuilder(" WHERE TRUE");
    private final Map<String, Object> params = new LinkedHashMap<>();

    Where and(String condition) {
        sql.append(" AND (").append(condition).append(')');
        return this;
    }

    Where and(String condition, String name, Object value) {
        if (value != null) {
            and(condition);
            params.put(name, value);
        }
        return this;
    }

    /** An accent-free, case-free substring match of :q on {@code expression}, LIKE wildcards taken literally. */
    Where search(String expression, String q) {
        return searchKey("search_key(" + expression + ")", q);
    }

    /** As {@link #search}, on a column that already holds the search key (indexed). */
    Where searchKey(String keyColumn, String q) {
        if (TextSearch.given(q)) {
            and(TextSearch.contains(keyColumn, ":q"), "q", TextSearch.literal(q));
        }
        return this;
    }

    String sql() {
        return sql.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
