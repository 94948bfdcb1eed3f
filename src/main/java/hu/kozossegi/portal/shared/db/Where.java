package hu.kozossegi.portal.shared.db;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions and named parameters of one list query, built from its filters: only the conditions of the
 * filters in use go into the SQL (never {@code CAST(:x AS text) IS NULL OR ...}, which defeats the plan cache).
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder(" WHERE TRUE");
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Where and(String condition) {
        sql.append(" AND (").append(condition).append(')');
        return this;
    }

    public Where and(String condition, String name, Object value) {
        if (value != null) {
            and(condition);
            params.put(name, value);
        }
        return this;
    }

    /** A parameter of a condition added with {@link #and(String)} (one that takes several, e.g. a range). */
    public Where param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** An accent-free, case-free substring match of :q on {@code expression}, LIKE wildcards taken literally. */
    public Where search(String expression, String q) {
        return searchKey("search_key(" + expression + ")", q);
    }

    /** As {@link #search}, on a column that already holds the search key (indexed). */
    public Where searchKey(String keyColumn, String q) {
        if (TextSearch.given(q)) {
            and(TextSearch.contains(keyColumn, ":q"), "q", TextSearch.literal(q));
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
