package hu.kozossegi.portal.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.capacity.internal.CapacityQueries;
import hu.kozossegi.portal.capacity.internal.CapacityQueries.EnrolmentRow;
import hu.kozossegi.portal.capacity.internal.CapacityQueries.ScoreRow;
import hu.kozossegi.portal.capacity.internal.CapacityService;
import hu.kozossegi.portal.capacity.internal.Dimension;
import hu.kozossegi.portal.capacity.internal.Stage;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.web.Pager;
import hu.kozossegi.portal.shared.audit.AuditHistory;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.years.ReportYears;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's enrolled organisations, enrolling one, an enrolment's page and changing it. */
@Controller
class EnrolmentController {

    static final int PAGE_SIZE = 25;


    private static final String FORM = "capacity/enrolment-form";
    /** The enrolment's columns its history compares, in the order the page lists them. */
    static final List<String> HISTORY_COLUMNS = List.of("enrolled_on", "left_on", "note");

    private final CapacityService service;
    private final CapacityQueries queries;
    private final CountyAccess access;
    private final ReportYears years;
    private final SpringValidatorAdapter validator;
    private final AuditHistory history;

    EnrolmentController(CapacityService service, CapacityQueries queries, CountyAccess access, ReportYears years,
            jakarta.validation.Validator validator, AuditHistory history) {
        this.history = history;
        this.validator = new SpringValidatorAdapter(validator);
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.years = years;
    }

    @GetMapping("/programmes/{id}/enrolments")
    String list(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        PortalUser user = access.requireUser();
        model.addAttribute("programme", queries.programme(id));
        var rows = Pager.lastPageIfPast(
                queries.enrolments(id, PageRequest.of(
                        FilterParams.page(page), PAGE_SIZE)),
                n -> queries.enrolments(id, PageRequest.of(n, PAGE_SIZE)));
        model.addAttribute("enrolments", rows.getContent());
        model.addAttribute("total", rows.getTotalElements());
        model.addAttribute("pager", Pager.of(rows, request));
        model.addAttribute("canEnrol",
                user.isNationalOfficeOr(hu.kozossegi.portal.accounts.Role.COUNTY_COORDINATOR));
        model.addAttribute("canSetTargets", user.isNationalOffice());
        return "capacity/enrolments";
    }

    @GetMapping("/programmes/{id}/enrolments/new")
    String create(@PathVariable long id, Model model) {
        service.checkMayEnrol();
        EnrolmentForm form = new EnrolmentForm();
        return form(id, null, form, null, model);
    }

    @PostMapping("/programmes/{id}/enrolments/new")
    String create(@PathVariable long id, @ModelAttribute("enrolmentForm") EnrolmentForm form,
            BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        service.checkMayEnrol();
        queries.programme(id);
        validator.validate(form, errors);
        long[] enrolmentId = new long[1];
        String failed = FormSave.orRender(errors, response, () -> enrolmentId[0] = service.enrol(id,
                form.getOrganisationId(), form.getEnrolledOn(), form.trimmedNote()),
                () -> form(id, null, form, null, model));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "enrolment.saved", "/enrolments/" + enrolmentId[0]);
    }

    @GetMapping("/enrolments/{id}")
    String detail(@PathVariable long id, Model model) {
        EnrolmentRow enrolment = queries.enrolment(id);
        model.addAttribute("enrolment", enrolment);
        List<ScoreRow> scores = queries.scores(id);
        model.addAttribute("assessed", scores.stream().map(ScoreRow::stage)
                .collect(Collectors.toMap(s -> s, s -> s, (a, b) -> a)));
        model.addAttribute("assessedOn", scores.stream()
                .collect(Collectors.toMap(ScoreRow::stage, ScoreRow::assessedOn, (a, b) -> a)));
        model.addAttribute("dimensions", dimensionRows(scores));
        model.addAttribute("milestones", queries.milestones(id));
        model.addAttribute("events", queries.events(enrolment.organisationId()));
        model.addAttribute("canEdit", service.mayEditEnrolment(enrolment.countyCode()));
        model.addAttribute("canRecord", service.mayRecord(enrolment.countyCode()));
        model.addAttribute("history", history.of("capacity_enrolment", HISTORY_COLUMNS, id));
        return "capacity/enrolment";
    }

    @GetMapping("/enrolments/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        service.editableEnrolment(id);
        EnrolmentRow row = queries.enrolment(id);
        return form(row.programmeId(), row, EnrolmentForm.of(row), null, model);
    }

    @PostMapping("/enrolments/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("enrolmentForm") EnrolmentForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        service.editableEnrolment(id);
        EnrolmentRow row = queries.enrolment(id);
        form.setOrganisationId(row.organisationId());
        validator.validate(form, errors);
        String failed = FormSave.orRender(errors, response,
                () -> service.updateEnrolment(id, form.getVersion() == null ? 0 : form.getVersion(),
                        form.getEnrolledOn(), form.getLeftOn(), form.trimmedNote()),
                () -> form(row.programmeId(), row, form, null, model),
                () -> {
                    // The typed input stays, now carrying the current version (saving again is deliberate), with
                    // the fields someone else changed next to what was typed (docs/architecture.md, "Conflicts").
                    EnrolmentRow current = queries.enrolment(id);
                    List<ConflictLine> conflicts = CapacityConflicts.between(form, EnrolmentForm.of(current));
                    form.setVersion(current.version());
                    return form(row.programmeId(), current, form, conflicts, model);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "enrolment.saved", "/enrolments/" + id);
    }

    private String form(long programmeId, EnrolmentRow row, EnrolmentForm form, List<ConflictLine> conflicts,
            Model model) {
        PortalUser user = access.requireUser();
        model.addAttribute("programme", queries.programme(programmeId));
        model.addAttribute("enrolment", row);
        model.addAttribute("enrolmentForm", form);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("lockedYears", years.lockedFor(user.isNationalOffice()));
        if (row == null) {
            model.addAttribute("organisations", queries.organisationOptions(user.countyCode()));
        }
        return FORM;
    }

    /** One row per dimension: entry and exit score and note (null when not assessed). */
    static List<Map<String, Object>> dimensionRows(List<ScoreRow> scores) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("dimension", d.name());
            // Every key present: the template reads a missing stage as empty, not as an unknown property.
            for (String key : List.of("entryScore", "entryNote", "exitScore", "exitNote")) {
                row.put(key, null);
            }
            for (ScoreRow s : scores) {
                if (s.dimension().equals(d.name())) {
                    String prefix = Stage.ENTRY.name().equals(s.stage()) ? "entry" : "exit";
                    row.put(prefix + "Score", s.score());
                    row.put(prefix + "Note", s.note());
                }
            }
            rows.add(row);
        }
        return rows;
    }
}
