package hu.kozossegi.portal.shared.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and numbers in the user's language, for templates: {@code ${@fmt.date(x)}}, {@code ${@fmt.dateTime(x)}},
 * {@code ${@fmt.number(n)}}. Hungarian: 2026. 07. 19., 14:30 and 1 234; English: 19 Jul 2026, 14:30 and 1,234.
 * Instants and offsets are shown in Budapest time. A null prints as an empty string.
 */
@Component("fmt")
public class LocalFormats {

    public static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    private static final DateTimeFormatter HU_DATE = DateTimeFormatter.ofPattern("yyyy. MM. dd.");
    private static final DateTimeFormatter HU_DATE_TIME = DateTimeFormatter.ofPattern("yyyy. MM. dd. HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    public String date(Object value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    public String dateTime(Object value) {
        return dateTime(value, LocaleContextHolder.getLocale());
    }

    /** A stored value as a person reads it: a date, a time or a number in the user's format, text as it is. */
    public String value(Object value) {
        if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return date(value);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        TemporalAccessor local = local(value);
        return local != null ? dateTime(value) : value == null ? "" : value.toString();
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(value);
    }

    /** An amount of forints with thousands separators: 450 000 Ft in Hungarian, HUF 450 000 with English commas. */
    public String forints(Number value) {
        return forints(value, LocaleContextHolder.getLocale());
    }

    /** An amount of forints in {@code locale}. */
    public static String forints(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        String amount = NumberFormat.getIntegerInstance(locale).format(value);
        return hungarian(locale) ? amount + "\u00a0Ft" : "HUF\u00a0" + amount;
    }

    /** The date in {@code locale} (for output rendered outside a request, such as a PDF). */
    public static String date(Object value, Locale locale) {
        TemporalAccessor local = local(value);
        return local == null ? "" : (hungarian(locale) ? HU_DATE : EN_DATE).format(local);
    }

    /** The date and time in {@code locale}, in Budapest time. */
    public static String dateTime(Object value, Locale locale) {
        TemporalAccessor local = local(value);
        if (local instanceof LocalDate day) {
            return date(day, locale);
        }
        return local == null ? "" : (hungarian(locale) ? HU_DATE_TIME : EN_DATE_TIME).format(local);
    }

    private static boolean hungarian(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    private static TemporalAccessor local(Object value) {
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return (TemporalAccessor) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(BUDAPEST).toLocalDateTime();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(BUDAPEST).toLocalDateTime();
        }
        if (value instanceof Instant instant) {
            return instant.atZone(BUDAPEST).toLocalDateTime();
        }
        if (value instanceof java.sql.Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atZone(BUDAPEST).toLocalDateTime();
        }
        return null;
    }
}
