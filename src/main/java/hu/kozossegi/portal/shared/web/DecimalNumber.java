package hu.kozossegi.portal.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * A decimal number typed with a decimal comma or point ({@code 47,4979} or {@code 47.4979}), as Hungarian users write it.
 * Bound by Spring through {@link Factory} (registered in {@link LocaleConfig}); anything else is a
 * {@code typeMismatch} error with the typed text kept. Shown without trailing zeros.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalNumber {

    /** Turns {@link DecimalNumber} fields of type {@code BigDecimal} into a comma-or-point parser. */
    final class Factory implements AnnotationFormatterFactory<DecimalNumber> {

        private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}([.,]\\d{1,12})?");
        private static final Formatter<BigDecimal> FORMATTER = new Formatter<>() {

            @Override
            public BigDecimal parse(String text, Locale locale) throws ParseException {
                return Factory.parse(text);
            }

            @Override
            public String print(BigDecimal value, Locale locale) {
                return value.stripTrailingZeros().toPlainString();
            }
        };

        /** The number typed (blank: null); the same parsing as the form binding, for a CSV cell. */
        public static BigDecimal parse(String text) throws ParseException {
            String typed = text == null ? "" : text.strip();
            if (typed.isEmpty()) {
                return null;
            }
            if (!DECIMAL.matcher(typed).matches()) {
                throw new ParseException(typed, 0);
            }
            return new BigDecimal(typed.replace(',', '.'));
        }

        @Override
        public Set<Class<?>> getFieldTypes() {
            return Set.of(BigDecimal.class);
        }

        @Override
        public Printer<?> getPrinter(DecimalNumber annotation, Class<?> fieldType) {
            return FORMATTER;
        }

        @Override
        public Parser<?> getParser(DecimalNumber annotation, Class<?> fieldType) {
            return FORMATTER;
        }
    }
}
