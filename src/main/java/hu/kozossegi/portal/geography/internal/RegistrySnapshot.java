package hu.kozossegi.portal.geography.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.Map;
import java.util.Optional;

import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.geography.SettlementType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every settlement's key data, read in one statement, so that validating a form or a whole import file needs no
 * query per row. An import adds its new rows as it validates them, so later rows see them (duplicates, parents).
 */
public final class RegistrySnapshot {

    /** A known settlement; {@code id} is null for a row that an import is about to create. */
    public record Entry(Long id, long version, SettlementData data, boolean hasChildren) {

        public String countyCode() {
            return data.countyCode();
        }

        public SettlementType type() {
            return data.type();
        }
    }

    private final Map<String, Entry> byCountyAndName = new HashMap<>();
    private final Map<String, List<Entry>> byCountyAndFoldedName = new HashMap<>();
    private final Map<String, Entry> byKsh = new HashMap<>();
    private final Map<Long, Entry> byId = new HashMap<>();

    public static RegistrySnapshot load(JdbcClient jdbc) {
        RegistrySnapshot snapshot = new RegistrySnapshot();
        List<Entry> rows = jdbc.sql("""
                SELECT s.id, s.version, s.name, s.county_code, s.type, s.parent_id, s.population, s.ksh_code,
                       s.micro_region, s.disadvantaged, s.latitude, s.longitude,
                       EXISTS (SELECT 1 FROM settlement c WHERE c.parent_id = s.id) AS has_children
                FROM settlement s""")
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("version"), new SettlementData(
                        rs.getString("name"), rs.getString("county_code"), SettlementType.valueOf(rs.getString("type")),
                        (Long) rs.getObject("parent_id"), (Integer) rs.getObject("population"), rs.getString("ksh_code"),
                        rs.getString("micro_region"), rs.getBoolean("disadvantaged"), rs.getBigDecimal("latitude"),
                        rs.getBigDecimal("longitude")), rs.getBoolean("has_children")))
                .list();
        rows.forEach(snapshot::put);
        return snapshot;
    }

    public void put(Entry entry) {
        byCountyAndName.put(key(entry.countyCode(), entry.data().name()), entry);
        byCountyAndFoldedName.computeIfAbsent(foldedKey(entry.countyCode(), entry.data().name()),
                k -> new java.util.ArrayList<>()).add(entry);
        if (entry.data().kshCode() != null) {
            byKsh.put(entry.data().kshCode(), entry);
        }
        if (entry.id() != null) {
            byId.put(entry.id(), entry);
        }
    }

    /** Drops an entry's old keys before it is put again with changed data (an import updating a row). */
    public void remove(Entry entry) {
        byCountyAndName.remove(key(entry.countyCode(), entry.data().name()), entry);
        List<Entry> folded = byCountyAndFoldedName.get(foldedKey(entry.countyCode(), entry.data().name()));
        if (folded != null) {
            folded.remove(entry);
        }
        if (entry.data().kshCode() != null) {
            byKsh.remove(entry.data().kshCode(), entry);
        }
    }

    public Optional<Entry> byName(String countyCode, String name) {
        return Optional.ofNullable(byCountyAndName.get(key(countyCode, name)));
    }

    /**
     * The one settlement of the county with this name as typed, accents and case ignored ("pecs" finds Pécs),
     * among those {@code allowed}: the exact spelling first, then the only accent-free match; none when the
     * accent-free name fits several.
     */
    public Optional<Entry> byNameIgnoringAccents(String countyCode, String name, Predicate<Entry> allowed) {
        Optional<Entry> exact = byName(countyCode, name).filter(allowed);
        if (exact.isPresent()) {
            return exact;
        }
        List<Entry> matches = byCountyAndFoldedName.getOrDefault(foldedKey(countyCode, name), List.of()).stream()
                .filter(allowed).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    public Optional<Entry> byKsh(String kshCode) {
        return Optional.ofNullable(kshCode == null ? null : byKsh.get(kshCode));
    }

    public Optional<Entry> byId(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Budapest itself: the parent of every Budapest district. */
    public Optional<Entry> budapest() {
        return byName(SettlementRules.BUDAPEST_COUNTY, SettlementRules.BUDAPEST)
                .filter(e -> e.type() == SettlementType.COUNTY_CITY);
    }

    static String foldedKey(String countyCode, String name) {
        return countyCode + "|" + SettlementNameResolver.fold(name);
    }

    static String key(String countyCode, String name) {
        return countyCode + "|" + (name == null ? "" : name.trim().toLowerCase(Locale.ROOT));
    }

    static boolean sameData(SettlementData a, SettlementData b) {
        return a.name().equals(b.name()) && a.countyCode().equals(b.countyCode()) && a.type() == b.type()
                && java.util.Objects.equals(a.parentId(), b.parentId())
                && java.util.Objects.equals(a.population(), b.population())
                && java.util.Objects.equals(a.kshCode(), b.kshCode())
                && java.util.Objects.equals(a.microRegion(), b.microRegion()) && a.disadvantaged() == b.disadvantaged()
                && sameNumber(a.latitude(), b.latitude()) && sameNumber(a.longitude(), b.longitude());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
