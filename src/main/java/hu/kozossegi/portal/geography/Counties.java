package hu.kozossegi.portal.geography;

import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.geography.internal.CountyTable;
import org.springframework.stereotype.Service;

/**
 * The 20 counties: fixed reference data, read once into the reference cache ({@link CountyTable}). Lists come
 * in Hungarian alphabetical order of the county name.
 */
@Service
public class Counties {

    private final CountyTable table;

    Counties(CountyTable table) {
        this.table = table;
    }

    public List<County> all() {
        return table.all();
    }

    public Optional<County> find(String code) {
        return code == null ? Optional.empty() : all().stream().filter(c -> c.code().equals(code)).findFirst();
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
}
