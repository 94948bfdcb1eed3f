package hu.kozossegi.portal.practices.web;

import hu.kozossegi.portal.shared.web.FieldErrors;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.practices.PracticePageSection;
import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.practices.internal.Attachments;
import hu.kozossegi.portal.practices.internal.InitiativeSources;
import hu.kozossegi.portal.practices.internal.Practice;
import hu.kozossegi.portal.practices.internal.PracticeQueries;
import hu.kozossegi.portal.practices.internal.PracticeReader;
import hu.kozossegi.portal.practices.internal.PracticeService;
import hu.kozossegi.portal.practices.internal.Themes;
import hu.kozossegi.portal.shared.web.FlashMessages;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One practice: anonymous visitors see accredited practices only, without history or proposer; signed-in users
 * see every practice with its recorded transitions; the national office reviews a submitted one here.
 */
@Controller
class PracticeDetailController {

    private final PracticeReader reader;
    private final PracticeService service;
    private final Attachments attachments;
    private final InitiativeSources initiatives;
    private final Settlements settlements;
    private final Counties counties;
    private final Themes themes;
    private final CountyAccess access;
    private final PracticeQueries queries;
    private final List<PracticePageSection> sections;

    /** A section of another module on this page: its fragment and model. */
    record Section(String fragment, Map<String, Object> model) {
    }

    PracticeDetailController(PracticeReader reader, PracticeService service, Attachments attachments,
            InitiativeSources initiatives, Settlements settlements, Counties counties, Themes themes,
            CountyAccess access, PracticeQueries queries, List<PracticePageSection> sections) {
        this.queries = queries;
        this.sections = sections.stream().sorted(Comparator.comparingInt(PracticePageSection::order)).toList();
        this.reader = reader;
        this.service = service;
        this.attachments = attachments;
        this.initiatives = initiatives;
        this.settlements = settlements;
        this.counties = counties;
        this.themes = themes;
        this.access = access;
    }

    @GetMapping("/good-practices/{id:\\d+}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        Practice practice = (access.currentUser().isPresent() ? reader.find(id) : reader.findPublished(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return render(practice, ReviewForm.suggested(), model, locale);
    }

    @PostMapping("/good-practices/{id:\\d+}/review")
    String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        access.checkNationalOffice();
        Practice practice = reader.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.check(errors);
        if (!errors.hasErrors()) {
            try {
                apply(id, form);
                return FlashMessages.redirect(redirect, "practice.flash.reviewed." + form.getDecision(),
                        "/good-practices/" + id);
            }
            catch (FieldViolationException ex) {
                if (ex.violations().stream().anyMatch(v -> v.field() == null)) {
                    throw ex;
                }
                FieldErrors.reject(errors, ex);
            }
        }
        return render(practice, form, model, locale);
    }

    private void apply(long id, ReviewForm form) {
        long version = form.getVersion() == null ? -1 : form.getVersion();
        switch (form.getDecision()) {
            case RETURN -> service.returnForChanges(id, version, form.getComment());
            case ACCREDIT -> service.accredit(id, version, form.getAccreditedOn(), form.getAccreditationNumber(),
                    form.getComment());
            case REJECT -> service.reject(id, version, form.getComment());
        }
    }

    private String render(Practice practice, ReviewForm reviewForm, Model model, Locale locale) {
        PortalUser user = access.currentUser().orElse(null);
        model.addAttribute("practice", practice);
        model.addAttribute("content", practice.content());
        model.addAttribute("settlement", settlements.find(practice.settlementId()).orElse(null));
        model.addAttribute("placeName", settlements.placeName(practice.settlementId()).orElse(null));
        model.addAttribute("county", counties.find(practice.countyCode()).orElse(null));
        var labels = themes.labels(locale);
        model.addAttribute("themeNames", practice.content().themes().stream().sorted()
                .map(code -> labels.getOrDefault(code, code)).toList());
        model.addAttribute("files", attachments.list(practice.id()));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("visits", queries.learningVisits(practice.initiativeId()));
        model.addAttribute("sections", sections.stream()
                .map(section -> new Section(section.fragment(), section.model(user, practice.id(), practice.status())))
                .filter(section -> !section.model().isEmpty()).toList());
        if (user != null) {
            model.addAttribute("initiative", initiatives.find(practice.initiativeId()).orElse(null));
            model.addAttribute("mayEdit", practice.status().editable() && service.mayEdit(practice.countyCode()));
            boolean mayReview = user.isNationalOffice() && practice.status() == PracticeStatus.SUBMITTED;
            model.addAttribute("mayReview", mayReview);
            if (mayReview) {
                if (reviewForm.getVersion() == null) {
                    reviewForm.setVersion(practice.version());
                    reviewForm.setAccreditationNumber(
                            queries.nextAccreditationNumber(reviewForm.getAccreditedOn().getYear()));
                }
                model.addAttribute("reviewForm", reviewForm);
                model.addAttribute("decisions", ReviewForm.Decision.values());
            }
        }
        return "practices/detail";
    }
}
