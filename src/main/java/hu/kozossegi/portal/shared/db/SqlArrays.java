package hu.kozossegi.portal.shared.db;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Rows collected in Java and written in one statement: each column becomes an array parameter that the statement
 * unnests ({@code INSERT ... SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), ...)}), one round trip
 * instead of one per row (the demo seeders).
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** The values of one column of the rows, as an array of the given type (a JDBC array parameter). */
    public static <T> T[] column(List<Object[]> rows, int index, IntFunction<T[]> array) {
        @SuppressWarnings("unchecked")
        T[] values = rows.stream().map(row -> (T) row[index]).toArray(array);
        return values;
    }
}
