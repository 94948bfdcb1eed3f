package hu.kozossegi.portal.activities.web;

import java.util.Collection;
import java.util.List;

import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import org.springframework.stereotype.Component;

/**
 * Resolves a typed part of an initiative's title without JavaScript: the preferred county first, then the whole
 * country. A title typed in full, a single match, or candidates the user picked (radio or checkbox ids sent back
 * with the form) resolve; otherwise the caller shows the candidates and an error, keeping what was typed.
 */
@Component
class InitiativeNames {

    static final int CANDIDATES = 10;
    private static final int SEARCH_LIMIT = 50;

    /** What one typed text found: the matches, or (when none) the candidates to choose from. */
    record Result(List<InitiativeSummary> matches, List<InitiativeSummary> candidates) {
        boolean unknown() {
            return matches.isEmpty() && candidates.isEmpty();
        }

        boolean ambiguous() {
            return matches.isEmpty() && !candidates.isEmpty();
        }
    }

    private final Initiatives initiatives;

    InitiativeNames(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    Result resolve(String typed, Collection<Long> chosen, String preferCounty) {
        String text = typed.trim();
        List<InitiativeSummary> found = preferCounty == null ? List.of()
                : initiatives.search(text, preferCounty, SEARCH_LIMIT);
        if (found.isEmpty()) {
            found = initiatives.search(text, null, SEARCH_LIMIT);
        }
        String key = SettlementNameResolver.fold(text);
        List<InitiativeSummary> exact = found.stream().filter(i -> SettlementNameResolver.fold(i.title()).equals(key)).toList();
        if (exact.size() == 1) {
            return new Result(exact, List.of());
        }
        List<InitiativeSummary> picked = found.stream().filter(i -> chosen.contains(i.id())).toList();
        if (!picked.isEmpty()) {
            return new Result(picked, List.of());
        }
        if (found.size() == 1) {
            return new Result(found, List.of());
        }
        return new Result(List.of(), found.stream().limit(CANDIDATES).toList());
    }
}
