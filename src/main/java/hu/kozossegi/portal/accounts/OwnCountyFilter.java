package hu.kozossegi.portal.accounts;

import java.util.Collections;
import java.util.Set;

import hu.kozossegi.portal.shared.web.CurrentUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * County staff see their own county first: a list opened with no filter at all starts filtered to the user's
 * county. An explicit {@code county} parameter (empty = all counties) or any other filter is taken as given, so a
 * link that filters by something else (a report figure's region or organiser, a settlement's workers) keeps its
 * meaning. The national office, staff without a county and visitors see all counties.
 */
@Component
public class OwnCountyFilter {

    /** Model attribute: the name of the county chosen by default (absent when the user chose). */
    public static final String DEFAULTED = "ownCountyDefault";
    /** Model attribute: the current page for all counties. */
    public static final String ALL_URL = "allCountiesUrl";

    /** Parameters that page or order a list without filtering it. */
    private static final Set<String> NEUTRAL = Set.of("page", "size", "sort", "month", "lang");

    private final CountyAccess access;

    OwnCountyFilter(CountyAccess access) {
        this.access = access;
    }

    /** The county parameter the list filters by (still to be checked as any county parameter). */
    public String county(String county, HttpServletRequest request) {
        if (county != null || !unfiltered(request)) {
            return county;
        }
        return access.currentUser().filter(u -> !u.isNationalOffice()).map(PortalUser::countyCode).orElse(null);
    }

    /** As {@link #county(String, HttpServletRequest)}, telling the page when the own county was chosen for the
     * user, with the link to all counties. */
    public String county(String county, HttpServletRequest request, Model model) {
        String chosen = county(county, request);
        if (county == null && chosen != null) {
            model.addAttribute(DEFAULTED, access.currentUser().map(PortalUser::countyName).orElse(chosen));
            model.addAttribute(ALL_URL, CurrentUrl.builder(request).replaceQueryParam("page")
                    .replaceQueryParam("county", "").build().toUriString());
        }
        return chosen;
    }

    private static boolean unfiltered(HttpServletRequest request) {
        return Collections.list(request.getParameterNames()).stream().allMatch(NEUTRAL::contains);
    }
}
