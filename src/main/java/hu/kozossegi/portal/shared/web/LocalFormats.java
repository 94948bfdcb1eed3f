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
        TemporalAccessor local = local(value);
        return local == null ? "" : (hungarian() ? HU_DATE : EN_DATE).format(local);
    }

    public String dateTime(Object value) {
        TemporalAccessor local = local(value);
        if (local instanceof LocalDate day) {
            return date(day);
        }
        return local == null ? "" : (hungarian() ? HU_DATE_TIME : EN_DATE_TIME).format(local);
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(value);
    }

    private static boolean hungarian() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
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
