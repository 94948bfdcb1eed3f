package hu.kozossegi.portal.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One field someone else changed while the user was editing (docs/architecture.md, "Conflicts"): what is saved
 * now and what the user typed. A form answering 409 shows the lines with {@code fragments/conflict :: lines}.
 */
public record ConflictLine(String labelKey, String saved, String yours) {

    /** Starts the comparison of a form with the saved record. */
    public static Lines compare() {
        return new Lines();
    }

    /** The lines of one comparison, only for the fields that differ. */
    public static final class Lines {

        private final List<ConflictLine> lines = new ArrayList<>();

        private Lines() {
        }

        /** One value; null, blank and surrounding spaces count as the same. */
        public Lines field(String labelKey, Object saved, Object yours) {
            String a = text(saved);
            String b = text(yours);
            if (!a.equals(b)) {
                lines.add(new ConflictLine(labelKey, a, b));
            }
            return this;
        }

        /** A set of values, in any order; blank entries ignored. */
        public Lines set(String labelKey, Collection<?> saved, Collection<?> yours) {
            TreeSet<String> a = texts(saved);
            TreeSet<String> b = texts(yours);
            if (!a.equals(b)) {
                lines.add(new ConflictLine(labelKey, String.join(", ", a), String.join(", ", b)));
            }
            return this;
        }

        public List<ConflictLine> list() {
            return List.copyOf(lines);
        }

        /** A value as the page shows it: dates and times in the user's language (2028. 05. 31., 31 May 2028). */
        private static String text(Object value) {
            if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                    || value instanceof Instant) {
                return LocalFormats.dateTime(value, LocaleContextHolder.getLocale());
            }
            return value == null ? "" : value.toString().strip();
        }

        private static TreeSet<String> texts(Collection<?> values) {
            TreeSet<String> set = new TreeSet<>();
            if (values != null) {
                values.stream().filter(Objects::nonNull).map(Lines::text).filter(s -> !s.isEmpty()).forEach(set::add);
            }
            return set;
        }
    }
}
