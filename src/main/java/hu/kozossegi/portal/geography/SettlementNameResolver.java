package hu.kozossegi.portal.geography;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import hu.kozossegi.portal.shared.rules.FieldViolation;
import org.springframework.stereotype.Service;

/**
 * THE resolver of a settlement name typed into a form (docs/architecture.md, "Forms"): "Name" or "Name (County)",
 * accents and case ignored in both parts ("Kovagoszolos (baranya)" finds Kővágószőlős in Baranya). When several
 * settlements fit the accent-free name, the one spelled exactly as typed wins; otherwise the name is ambiguous
 * and the field error lists the candidates and asks to add the county. One SQL statement per lookup.
 */
@Service
public class SettlementNameResolver {

    private static final Pattern WITH_COUNTY = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)\\s*$");

    /** What a typed name resolved to: one settlement, or none with the candidates (none found: empty). */
    public record Resolved(String typed, SettlementSummary settlement, List<SettlementSummary> candidates,
            boolean inCounty) {

        public boolean found() {
            return settlement != null;
        }

        public Long id() {
            return settlement == null ? null : settlement.id();
        }

        /** The field error for {@code field} when the name did not resolve to one settlement; empty when it did. */
        public Optional<FieldViolation> violation(String field) {
            if (found()) {
                return Optional.empty();
            }
            if (candidates.isEmpty()) {
                return Optional.of(new FieldViolation(field,
                        inCounty ? "settlement.error.typedUnknownInCounty" : "settlement.error.typedUnknown", typed));
            }
            return Optional.of(new FieldViolation(field, "settlement.error.typedAmbiguous", typed,
                    candidates.stream().map(SettlementNameResolver::label).collect(Collectors.joining(", ")),
                    label(candidates.get(0))));
        }
    }

    private final Settlements settlements;
    private final Counties counties;

    SettlementNameResolver(Settlements settlements, Counties counties) {
        this.settlements = settlements;
        this.counties = counties;
    }

    /** How a form shows a settlement so that it resolves back to the same one: "Name (County)". */
    public static String label(SettlementSummary s) {
        return s.name() + " (" + s.countyName() + ")";
    }

    /** Anywhere in the country (a county in brackets narrows it). */
    public Resolved resolve(String typed) {
        return resolve(typed, null, false);
    }

    /** In {@code county} first, then anywhere in the country (a county in brackets narrows it). */
    public Resolved resolvePreferring(String typed, String county) {
        return resolve(typed, county, false);
    }

    /** Only in {@code county}: a name in another county (also one written in brackets) is not found. */
    public Resolved resolveIn(String typed, String county) {
        return resolve(typed, county, true);
    }

    private Resolved resolve(String typed, String county, boolean only) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.isEmpty()) {
            return new Resolved(shown, null, List.of(), only);
        }
        String name = shown;
        String explicit = null;
        Matcher matcher = WITH_COUNTY.matcher(shown);
        if (matcher.matches()) {
            String countyKey = fold(matcher.group(2));
            Optional<County> named = counties.all().stream().filter(c -> fold(c.name()).equals(countyKey)).findFirst();
            if (named.isPresent()) {
                name = matcher.group(1).strip();
                explicit = named.get().code();
            }
        }
        List<SettlementSummary> found;
        if (only && county == null) {
            found = List.of();
        } else if (only) {
            found = explicit != null && !explicit.equals(county) ? List.of() : settlements.findByName(county, name);
        } else if (explicit != null) {
            found = settlements.findByName(explicit, name);
        } else {
            found = county == null ? List.of() : settlements.findByName(county, name);
            if (found.isEmpty()) {
                found = settlements.findByName(null, name);
            }
        }
        if (found.size() > 1) {
            String exactName = name;
            List<SettlementSummary> exact = found.stream().filter(s -> s.name().equalsIgnoreCase(exactName)).toList();
            if (exact.size() == 1) {
                found = exact;
            }
        }
        return found.size() == 1 ? new Resolved(shown, found.get(0), List.of(), only)
                : new Resolved(shown, null, found, only);
    }

    /**
     * Accents, case and repeated spaces removed: the key that a typed name and a stored one are compared by. The
     * one accent folding of the portal (the resolver, the settlement form and import, the import's headers).
     */
    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
