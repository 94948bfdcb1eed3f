package hu.kozossegi.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Dates, times, amounts and stored values as a Hungarian or English reader expects them. */
class LocalFormatsTests {

    private static final Locale HU = Locale.forLanguageTag("hu");

    private final LocalFormats fmt = new LocalFormats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void hungarianDatesTimesAndForints() {
        LocaleContextHolder.setLocale(HU);
        assertThat(fmt.date(LocalDate.of(2005, 3, 14))).isEqualTo("2005. 03. 14.");
        assertThat(fmt.dateTime(Instant.parse("2005-03-14T09:30:00Z"))).isEqualTo("2005. 03. 14. 10:30");
        assertThat(fmt.forints(450_000)).isEqualTo("450\u00a0000\u00a0Ft");
        assertThat(fmt.value(java.sql.Date.valueOf("2024-12-31"))).isEqualTo("2024. 12. 31.");
        assertThat(fmt.value(java.sql.Timestamp.from(Instant.parse("2024-12-31T22:30:00Z"))))
                .isEqualTo("2024. 12. 31. 23:30");
        assertThat(fmt.value("Kővágószőlős")).isEqualTo("Kővágószőlős");
        assertThat(fmt.value(1234)).isEqualTo("1\u00a0234");
        assertThat(fmt.value(null)).isEmpty();
    }

    @Test
    void englishDatesAndForints() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.date(LocalDate.of(2005, 3, 14))).isEqualTo("14 Mar 2005");
        assertThat(fmt.forints(450_000)).isEqualTo("HUF\u00a0450,000");
        assertThat(LocalFormats.dateTime(Instant.parse("2005-03-14T09:30:00Z"), HU)).isEqualTo("2005. 03. 14. 10:30");
    }
}
