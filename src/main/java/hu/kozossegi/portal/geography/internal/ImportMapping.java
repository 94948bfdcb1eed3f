package hu.kozossegi.portal.geography.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.geography.SettlementNameResolver;

/** Which column (zero-based) of the file feeds which settlement field; unmapped fields are absent. */
public record ImportMapping(Map<String, Integer> columns) {

    public static final List<String> FIELDS = List.of("name", "county", "type", "parent", "population", "kshCode",
            "microRegion", "disadvantaged", "latitude", "longitude");
    public static final List<String> REQUIRED = List.of("name", "county", "type");

    private static final Map<String, List<String>> ALIASES = Map.of(
            "name", List.of("nev", "name", "telepules", "telepules neve", "telepulesnev", "megnevezes"),
            "county", List.of("megye", "county", "megyekod", "megye kod", "county_code", "county code"),
            "type", List.of("tipus", "type", "jogallas", "telepules tipusa"),
            "parent", List.of("szulo telepules", "szulo", "parent", "anyatelepules", "varos"),
            "population", List.of("lakossag", "nepesseg", "lakonepesseg", "population", "lakosok szama"),
            "kshCode", List.of("ksh-kod", "ksh kod", "ksh", "kshkod", "ksh_code", "torzsszam", "ksh code"),
            "microRegion", List.of("jaras", "kisterseg", "micro-region", "micro_region", "micro region"),
            "disadvantaged", List.of("hatranyos helyzetu", "hatranyos", "disadvantaged"),
            "latitude", List.of("szelesseg", "foldrajzi szelesseg", "lat", "latitude"),
            "longitude", List.of("hosszusag", "foldrajzi hosszusag", "lng", "lon", "longitude"));

    /** A first guess from the header names, which the user then checks and corrects. */
    public static ImportMapping guess(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String field : FIELDS) {
            for (int i = 0; i < header.size(); i++) {
                if (ALIASES.get(field).contains(SettlementNameResolver.fold(header.get(i)))
                        && !columns.containsValue(i)) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ImportMapping(columns);
    }

    public Integer column(String field) {
        return columns.get(field);
    }
}
