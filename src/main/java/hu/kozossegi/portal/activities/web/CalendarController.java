package hu.kozossegi.portal.activities.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.OwnCountyFilter;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.activities.internal.EventKind;
import hu.kozossegi.portal.activities.internal.EventQueries;
import hu.kozossegi.portal.activities.internal.EventRules;
import hu.kozossegi.portal.activities.internal.FeedTokens;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.shared.web.CurrentUrl;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The month view of events (one query per month) and the user's personal feed link. */
@Controller
class CalendarController {

    private static final String NEW_TOKEN = "newFeedToken";

    private final OwnCountyFilter ownCounty;
    private final EventQueries queries;
    private final Counties counties;
    private final FeedTokens tokens;
    private final CountyAccess access;
    private final PublicUrl publicUrl;

    CalendarController(EventQueries queries, Counties counties, FeedTokens tokens, CountyAccess access,
            PublicUrl publicUrl, OwnCountyFilter ownCounty) {
        this.ownCounty = ownCounty;
        this.publicUrl = publicUrl;
        this.queries = queries;
        this.counties = counties;
        this.tokens = tokens;
        this.access = access;
    }

    @GetMapping("/events/calendar")
    String month(@RequestParam(required = false) String month, @RequestParam(required = false) String county,
            @RequestParam(required = false) EventKind kind, HttpServletRequest request, Model model) {
        YearMonth shown = parseMonth(month);
        String chosen = ownCounty.county(county, request, model);
        String countyCode = chosen == null || chosen.isBlank() ? null : chosen;
        if (countyCode != null && !counties.exists(countyCode)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        LocalDate today = LocalDate.now(EventRules.ZONE);
        model.addAttribute("grid", MonthGrid.of(shown, queries.month(shown, countyCode, kind), today));
        model.addAttribute("previousUrl", CurrentUrl.with(request, "month", shown.minusMonths(1).toString()));
        model.addAttribute("nextUrl", CurrentUrl.with(request, "month", shown.plusMonths(1).toString()));
        model.addAttribute("todayUrl", CurrentUrl.with(request, "month", YearMonth.from(today).toString()));
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("county", countyCode);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("countyOptions", counties.options());
        PortalUser user = access.requireUser();
        // Only the token's hash is stored: the links are shown once, right after the token was made.
        if (model.getAttribute(NEW_TOKEN) instanceof String token) {
            model.addAttribute("feedAll", publicUrl.of("/events.ics?token=" + token));
            if (user.countyCode() != null) {
                model.addAttribute("feedCounty", publicUrl.of("/counties/" + user.countyCode() + "/events.ics?token="
                        + token));
            }
        }
        model.addAttribute("feedActive", tokens.active(user.id()));
        return "activities/calendar";
    }

    @PostMapping("/events/calendar/feed-link")
    String renew(RedirectAttributes redirect) {
        redirect.addFlashAttribute(NEW_TOKEN, tokens.renew(access.requireUser().id()));
        return FlashMessages.redirect(redirect, "calendar.feed.created", "/events/calendar");
    }

    @PostMapping("/events/calendar/feed-link/revoke")
    String revoke(RedirectAttributes redirect) {
        tokens.revoke(access.requireUser().id());
        return FlashMessages.redirect(redirect, "calendar.feed.revoked", "/events/calendar");
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(EventRules.ZONE);
        }
        try {
            YearMonth parsed = YearMonth.parse(month);
            if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            return parsed;
        } catch (DateTimeParseException malformed) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
