package hu.kozossegi.portal.shared.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of one audited record, read from its Envers {@code <table>_aud} table in one SQL statement and turned
 * into 'who, when, which field from what to what', newest first.
 */
@Component
public class AuditHistory {

    private static final ZoneId HUNGARY = ZoneId.of("Europe/Budapest");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

    /** One saved change. {@code created} for the first revision (then {@code fields} lists the values set). */
    public record Change(long revision, Instant at, String username, boolean created, List<FieldChange> fields) {

        /** When, on the portal's clock (Hungarian time). */
        public LocalDateTime localTime() {
            return LocalDateTime.ofInstant(at, HUNGARY);
        }
    }

    public record FieldChange(String field, Object oldValue, Object newValue) {

        /** True for a yes/no field (shown as words rather than true/false). */
        public boolean booleanValues() {
            return oldValue instanceof Boolean || newValue instanceof Boolean;
        }
    }

    private final JdbcClient jdbc;

    AuditHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code table} and {@code columns} are code constants (never user input); columns are compared in order. */
    public List<Change> of(String table, List<String> columns, long id) {
        if (!IDENTIFIER.matcher(table).matches() || !columns.stream().allMatch(c -> IDENTIFIER.matcher(c).matches())) {
            throw new IllegalArgumentException("not an identifier");
        }
        List<Map<String, Object>> rows = jdbc.sql("SELECT a.rev, a.revtype, r.revtstmp, r.username, a."
                + String.join(", a.", columns) + " FROM " + table + "_aud a JOIN revinfo r ON r.rev = a.rev"
                + " WHERE a.id = ? ORDER BY a.rev").param(id).query().listOfRows();
        List<Change> changes = new ArrayList<>(rows.size());
        Map<String, Object> previous = null;
        for (Map<String, Object> row : rows) {
            List<FieldChange> fields = new ArrayList<>();
            for (String column : columns) {
                Object before = previous == null ? null : previous.get(column);
                Object after = row.get(column);
                if (!same(before, after)) {
                    fields.add(new FieldChange(column, before, after));
                }
            }
            boolean created = previous == null;
            if (created || !fields.isEmpty()) {
                changes.add(new Change(((Number) row.get("rev")).longValue(),
                        Instant.ofEpochMilli(((Number) row.get("revtstmp")).longValue()), (String) row.get("username"),
                        created, fields));
            }
            previous = row;
        }
        Collections.reverse(changes);
        return changes;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }
}
