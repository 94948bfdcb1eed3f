package hu.kozossegi.portal.capacity.web;

import java.util.List;
import java.util.Locale;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.capacity.internal.Community;
import hu.kozossegi.portal.capacity.internal.TakeUp;
import hu.kozossegi.portal.capacity.internal.TakeUpQueries;
import hu.kozossegi.portal.capacity.internal.TakeUpStage;
import hu.kozossegi.portal.capacity.internal.TakeUps;
import hu.kozossegi.portal.shared.db.TextSearch;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.years.ReportYears;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording that a community takes up an accredited good practice, and moving it to its next stage. The form
 * starts from the practice (choose the community by name first) or from an exchange visit (practice and
 * community already named). Rights first: staff of the community's county, and the national office.
 */
@Controller
class TakeUpController {

    private final TakeUps takeUps;
    private final TakeUpQueries queries;
    private final ReportYears years;
    private final MessageSource messages;
    private final SpringValidatorAdapter validator;

    TakeUpController(TakeUps takeUps, TakeUpQueries queries, ReportYears years, MessageSource messages,
            jakarta.validation.Validator validator) {
        this.takeUps = takeUps;
        this.queries = queries;
        this.years = years;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/take-ups/new")
    String create(@RequestParam(name = "practice", required = false) String practiceParam,
            @RequestParam(name = "initiative", required = false) String initiative,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "visit", required = false) String visit,
            @RequestParam(required = false) String q, Model model) {
        PortalUser user = takeUps.checkMayRecord();
        long practiceId = RequiredParam.number(practiceParam);
        TakeUpForm form = new TakeUpForm();
        form.setPracticeId(practiceId);
        if (initiative != null && organisation == null) {
            form.setInitiativeId(RequiredParam.number(initiative));
        } else if (organisation != null && initiative == null) {
            form.setOrganisationId(RequiredParam.number(organisation));
        }
        form.setVisitId(visit == null || visit.isBlank() ? null : RequiredParam.number(visit));
        Community.Ref ref = form.community();
        if (ref == null) {
            model.addAttribute("practice", accredited(practiceId));
            model.addAttribute("visitId", form.getVisitId());
            model.addAttribute("q", q);
            if (TextSearch.given(q)) {
                model.addAttribute("results", queries.search(q, user.isNationalOffice() ? null : user.countyCode()));
            }
            return "capacity/takeup-choose";
        }
        Community community = takeUps.checkCommunity(ref.kind(), ref.id());
        return render(null, form, community, null, model);
    }

    @PostMapping("/take-ups/new")
    String create(@ModelAttribute("takeUpForm") TakeUpForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        takeUps.checkMayRecord();
        Community.Ref ref = form.community();
        if (ref == null || form.getPracticeId() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the community and the practice come with the page");
        }
        Community community = takeUps.checkCommunity(ref.kind(), ref.id());
        validator.validate(form, errors);
        long[] id = new long[1];
        String failed = FormSave.orRender(errors, response, () -> id[0] = takeUps.record(form.getPracticeId(), ref,
                form.getStage(), form.getSince(), form.getVisitId(), form.trimmedNotes()),
                () -> render(null, form, community, null, model));
        return failed != null ? failed : FlashMessages.redirect(redirect, "takeup.saved", "/take-ups/" + id[0]);
    }

    @GetMapping("/take-ups/{id}")
    String detail(@PathVariable long id, Model model) {
        TakeUp takeUp = takeUps.find(id);
        var view = queries.view(takeUp);
        model.addAttribute("takeUp", view);
        model.addAttribute("canEdit", takeUps.mayWrite(view.community().countyCode()));
        return "capacity/takeup";
    }

    @GetMapping("/take-ups/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        TakeUp takeUp = takeUps.editable(id);
        Community community = queries.view(takeUp).community();
        return render(takeUp, TakeUpForm.of(takeUp), community, null, model);
    }

    @PostMapping("/take-ups/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("takeUpForm") TakeUpForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        TakeUp takeUp = takeUps.editable(id);
        Community community = queries.view(takeUp).community();
        keepFixed(form, takeUp);
        validator.validate(form, errors);
        String failed = FormSave.orRender(errors, response,
                () -> takeUps.update(id, form.getVersion() == null ? 0 : form.getVersion(), form.getStage(),
                        form.getSince(), form.getVisitId(), form.trimmedNotes()),
                () -> render(takeUp, form, community, null, model),
                () -> {
                    TakeUp current = takeUps.editable(id);
                    TakeUpForm saved = TakeUpForm.of(current);
                    form.setVersion(saved.getVersion());
                    return render(current, form, community,
                            CapacityConflicts.between(form, saved, stage -> label(stage, locale)), model);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "takeup.saved", "/take-ups/" + id);
    }

    /** The practice, community and visit of a stored take-up are not the form's to change. */
    private static void keepFixed(TakeUpForm form, TakeUp takeUp) {
        TakeUpForm stored = TakeUpForm.of(takeUp);
        form.setPracticeId(stored.getPracticeId());
        form.setInitiativeId(stored.getInitiativeId());
        form.setOrganisationId(stored.getOrganisationId());
        form.setVisitId(stored.getVisitId());
    }

    private String label(TakeUpStage stage, Locale locale) {
        return stage == null ? "" : messages.getMessage("takeup.stage." + stage.name(), null, locale);
    }

    private TakeUpQueries.PracticeInfo accredited(long practiceId) {
        return queries.practice(practiceId).filter(TakeUpQueries.PracticeInfo::accredited)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String render(TakeUp takeUp, TakeUpForm form, Community community, List<ConflictLine> conflicts,
            Model model) {
        model.addAttribute("takeUpId", takeUp == null ? null : takeUp.getId());
        model.addAttribute("history", takeUp == null ? List.of() : takeUp.getHistory());
        model.addAttribute("takeUpForm", form);
        model.addAttribute("practice", takeUp == null ? accredited(form.getPracticeId())
                : queries.practice(takeUp.getPracticeId()).orElseThrow());
        model.addAttribute("community", community);
        model.addAttribute("visit", form.getVisitId() == null ? null : queries.visit(form.getVisitId()).orElse(null));
        model.addAttribute("stages", TakeUpStage.values());
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("lockedYears", years.lockedFor(takeUps.isNationalOffice()));
        return "capacity/takeup-form";
    }
}
