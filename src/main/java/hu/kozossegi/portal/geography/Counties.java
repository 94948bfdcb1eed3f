package hu.kozossegi.portal.geography;

import java.util.List;
import java.util.Optional;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.internal.CountyTable;
import hu.kozossegi.portal.shared.web.Option;
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

    /** The counties as the choices of a select (code, name). */
    public List<Option> options() {
        return all().stream().map(c -> new Option(c.code(), c.name())).toList();
    }

    /** The counties a user may record for: every county for the national office, else the user's own. */
    public List<Option> optionsFor(PortalUser user) {
        return user.isNationalOffice() ? options()
                : find(user.countyCode()).map(c -> List.of(new Option(c.code(), c.name()))).orElse(List.of());
    }

    /** The statistical regions as the choices of a select (id, name), in the order of {@link #regions()}. */
    public List<Option> regionOptions() {
        return regions().entrySet().stream().map(r -> new Option(r.getKey().toString(), r.getValue())).toList();
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
