package hu.kozossegi.portal.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * A whole number (an amount in forints) typed the way people write it: digit groups separated by spaces,
 * non-breaking spaces or dots ("1 500 000", "1.500.000"). Bound by Spring through {@link Factory} (registered
 * in {@link LocaleConfig}); anything else is a {@code typeMismatch} error with the typed text kept.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WholeNumber {

    /** Turns {@link WholeNumber} fields of type {@code Long} into a grouped-digits parser. */
    final class Factory implements AnnotationFormatterFactory<WholeNumber> {

        private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([ .\\u00a0\\u202f]\\d{3})*|-?\\d+");
        private static final Formatter<Long> FORMATTER = new Formatter<>() {

            @Override
            public Long parse(String text, Locale locale) throws ParseException {
                return Factory.parse(text);
            }

            @Override
            public String print(Long value, Locale locale) {
                return value.toString();
            }
        };

        /** The number typed (blank: null); the same parsing as the form binding, for a CSV cell. */
        public static Long parse(String text) throws ParseException {
            String typed = text == null ? "" : text.strip();
            if (typed.isEmpty()) {
                return null;
            }
            if (!GROUPED.matcher(typed).matches()) {
                throw new ParseException(typed, 0);
            }
            try {
                return Long.valueOf(typed.replaceAll("[ .\\u00a0\\u202f]", ""));
            } catch (NumberFormatException e) {
                throw new ParseException(typed, 0);
            }
        }

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(Long.class);
        }

        @Override
        public Printer<?> getPrinter(WholeNumber annotation, Class<?> fieldType) {
            return FORMATTER;
        }

        @Override
        public Parser<?> getParser(WholeNumber annotation, Class<?> fieldType) {
            return FORMATTER;
        }
    }
}
