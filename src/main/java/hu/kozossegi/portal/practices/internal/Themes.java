package hu.kozossegi.portal.practices.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.shared.db.Caches;
import hu.kozossegi.portal.shared.db.RecordRows;
import hu.kozossegi.portal.shared.web.Option;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The network's themes (shared with initiatives): fixed reference data, read once into the reference cache. */
@Component
public class Themes {

    record Theme(String code, String nameHu, String nameEn) {
    }

    /** The table read, cached (a separate bean, so that the calls go through the cache proxy). */
    @Component
    static class ThemeTable {

        private final JdbcClient jdbc;

        ThemeTable(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Cacheable(cacheNames = Caches.REFERENCE, key = "'practiceThemes'")
        public List<Theme> all() {
            return List.copyOf(jdbc.sql("SELECT code, name_hu, name_en FROM initiative_theme_ref ORDER BY position")
                    .query(RecordRows.of(Theme.class)).list());
        }
    }

    private final ThemeTable table;

    Themes(ThemeTable table) {
        this.table = table;
    }

    public List<Option> options(Locale locale) {
        return load().stream().map(t -> new Option(t.code(), label(t, locale))).toList();
    }

    public Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        load().forEach(t -> labels.put(t.code(), label(t, locale)));
        return labels;
    }

    public boolean exists(String code) {
        return load().stream().anyMatch(t -> t.code().equals(code));
    }

    private static String label(Theme t, Locale locale) {
        return "en".equals(locale.getLanguage()) ? t.nameEn() : t.nameHu();
    }

    private List<Theme> load() {
        return table.all();
    }
}
