package hu.kozossegi.portal.geography.internal;

import java.util.List;

import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.shared.db.Caches;
import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The county and region reference tables (changed only by migrations), read once into the reference cache. */
@Component
public class CountyTable {

    private final JdbcClient jdbc;

    CountyTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 20 counties with their regions, in Hungarian alphabetical order of the county name. */
    @Cacheable(cacheNames = Caches.REFERENCE, key = "'counties'")
    public List<County> all() {
        return List.copyOf(jdbc.sql("""
                SELECT c.code, c.name, c.seat, r.id AS region_id, r.name AS region_name
                FROM county c JOIN region r ON r.id = c.region_id
                ORDER BY c.name COLLATE "hu-HU-x-icu"
                """).query(RecordRows.of(County.class)).list());
    }
}
