package hu.kozossegi.portal.activities.web;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import org.springframework.stereotype.Component;

/**
 * Resolves a typed settlement name, "Name" or "Name (County)", without JavaScript: the preferred county
 * first, then the whole country. Ambiguous or unknown names resolve to nothing and the caller reports why.
 */
@Component
class SettlementNames {

    private static final Pattern WITH_COUNTY = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)\\s*$");

    /** What resolving a name found. */
    record Result(SettlementSummary settlement, boolean ambiguous) {
    }

    private final Settlements settlements;
    private final Counties counties;

    SettlementNames(Settlements settlements, Counties counties) {
        this.settlements = settlements;
        this.counties = counties;
    }

    static String label(SettlementSummary s) {
        return s.name() + " (" + s.countyName() + ")";
    }

    Result resolve(String typed, String preferCounty) {
        String name = typed.trim();
        String county = preferCounty;
        boolean explicit = false;
        Matcher matcher = WITH_COUNTY.matcher(name);
        if (matcher.matches()) {
            Optional<County> named = countyNamed(matcher.group(2));
            if (named.isPresent()) {
                name = matcher.group(1);
                county = named.get().code();
                explicit = true;
            }
        }
        List<SettlementSummary> found = county == null ? List.of() : settlements.findByName(county, name);
        if (found.isEmpty() && !explicit) {
            found = settlements.findByName(null, name);
        }
        return found.size() == 1 ? new Result(found.get(0), false) : new Result(null, found.size() > 1);
    }

    private Optional<County> countyNamed(String typed) {
        String key = fold(typed);
        return counties.all().stream().filter(c -> fold(c.name()).equals(key)).findFirst();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
    }
}
