package hu.kozossegi.portal.shared.db;

/**
 * The one way a list searches text: an accent-free, case-free substring match through the database's
 * {@code search_key} function, with the user's {@code %}, {@code _} and {@code \} taken literally (escaped for
 * LIKE, whose default escape character is the backslash).
 *
 * <pre>{@code
 * if (TextSearch.given(q)) {
 *     where.append(" AND ").append(TextSearch.contains("search_key(s.name)", ":q"));
 *     params.put("q", TextSearch.literal(q));
 * }
 * }</pre>
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** Whether {@code q} asks for a search at all (not null, not blank). */
    public static boolean given(String q) {
        return q != null && !q.isBlank();
    }

    /** The trimmed search text with LIKE's wildcards and escape character escaped; null when none is given. */
    public static String literal(String q) {
        if (!given(q)) {
            return null;
        }
        return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The condition that {@code keyExpression} (an expression already put through {@code search_key}, or a
     * column holding it, so that the trigram index applies) contains the text bound at {@code parameter}
     * ({@code :q} or {@code ?}), which must be bound to {@link #literal}.
     */
    public static String contains(String keyExpression, String parameter) {
        return keyExpression + " LIKE '%' || search_key(" + parameter + ") || '%'";
    }
}
