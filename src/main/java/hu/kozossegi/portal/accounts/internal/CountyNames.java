package hu.kozossegi.portal.accounts.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.kozossegi.portal.shared.db.Caches;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * County codes and names straight from the reference table, in Hungarian order. Read here rather than through
 * {@code geography.Counties} because geography's writes depend on accounts (CountyAccess): no module cycle.
 */
@Component
public class CountyNames {

    private final JdbcClient jdbc;

    CountyNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Code to name, in Hungarian alphabetical order of the name. */
    @Cacheable(cacheNames = Caches.REFERENCE, key = "'countyNames'")
    public Map<String, String> all() {
        Map<String, String> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM county ORDER BY name COLLATE \"hu-HU-x-icu\"")
                .query((rs, n) -> loaded.put(rs.getString(1), rs.getString(2))).list();
        return java.util.Collections.unmodifiableMap(loaded);
    }

    /** One county's name (cached per code: a call from inside this bean would bypass the cache of {@link #all}). */
    @Cacheable(cacheNames = Caches.REFERENCE, key = "'countyName:' + #code")
    public String name(String code) {
        return code == null ? null : all().get(code);
    }
}
