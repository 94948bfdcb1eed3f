package hu.kozossegi.portal.accounts.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.kozossegi.portal.shared.db.Caches;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * County codes and names straight from the reference table, in Hungarian order. Read here rather than through
 * {@code geography.Counties} because geography's writes depend on accounts (CountyAccess): no module cycle.
 */
@Component
public class CountyNames {

    private final JdbcClient jdbc;
    /** This bean through its proxy, so that {@link #name} reads the cached {@link #all}. */
    private final CountyNames cached;

    CountyNames(JdbcClient jdbc, @Lazy CountyNames cached) {
        this.jdbc = jdbc;
        this.cached = cached;
    }

    /** Code to name, in Hungarian alphabetical order of the name. */
    @Cacheable(cacheNames = Caches.REFERENCE, key = "'countyNames'")
    public Map<String, String> all() {
        Map<String, String> loaded = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM county ORDER BY name COLLATE \"hu-HU-x-icu\"")
                .query((rs, n) -> loaded.put(rs.getString(1), rs.getString(2))).list();
        return java.util.Collections.unmodifiableMap(loaded);
    }

    /**
     * One county's name, or null for an unknown code. Not cached per code: the code may be anything a form sent
     * (a cache entry per typed value would grow without bound, and a 100,000-character key broke the cache's key
     * expression); the lookup goes to the cached map of {@link #all} through the proxy.
     */
    public String name(String code) {
        return code == null ? null : cached.all().get(code);
    }
}
