package hu.kozossegi.portal.geography;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.kozossegi.portal.shared.db.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The 20 counties: fixed reference data, read once and kept in memory. Lists come in Hungarian
 * alphabetical order of the county name.
 */
@Service
public class Counties {

    private final JdbcClient jdbc;
    private volatile List<County> all;
    private volatile Map<String, County> byCode;

    Counties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<County> all() {
        load();
        return all;
    }

    public Optional<County> find(String code) {
        load();
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Whether a statistical region of this id has counties (the region filter of lists). */
    public boolean regionExists(int regionId) {
        return all().stream().anyMatch(c -> c.regionId() == regionId);
    }

    /** A county filter parameter: its code, null when blank, or a 400 when no county has that code. */
    public String filterCode(String county) {
        String code = hu.kozossegi.portal.shared.web.FilterParams.blankToNull(county);
        if (code != null && !exists(code)) {
            throw hu.kozossegi.portal.shared.web.FilterParams.badRequest();
        }
        return code;
    }

    /** A region filter parameter: its id, or a 400 when no region has that id. */
    public Integer filterRegion(Integer region) {
        if (region != null && !regionExists(region)) {
            throw hu.kozossegi.portal.shared.web.FilterParams.badRequest();
        }
        return region;
    }

    /** The regions (id and name) in the order of their first county. */
    public java.util.Map<Integer, String> regions() {
        java.util.Map<Integer, String> regions = new java.util.TreeMap<>();
        all().forEach(c -> regions.putIfAbsent(c.regionId(), c.regionName()));
        return regions;
    }

    private void load() {
        if (all != null) {
            return;
        }
        List<County> loaded = jdbc.sql("""
                SELECT c.code, c.name, c.seat, r.id AS region_id, r.name AS region_name
                FROM county c JOIN region r ON r.id = c.region_id
                ORDER BY c.name COLLATE "hu-HU-x-icu"
                """).query(RecordRows.of(County.class)).list();
        byCode = loaded.stream().collect(Collectors.toUnmodifiableMap(County::code, Function.identity()));
        all = List.copyOf(loaded);
    }
}
