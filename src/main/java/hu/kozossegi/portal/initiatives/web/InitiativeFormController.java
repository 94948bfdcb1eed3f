package hu.kozossegi.portal.initiatives.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.initiatives.InitiativeStatus;
import hu.kozossegi.portal.initiatives.internal.InitiativeData;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetailQuery;
import hu.kozossegi.portal.initiatives.internal.InitiativeService;
import hu.kozossegi.portal.initiatives.internal.ProgrammeService;
import hu.kozossegi.portal.people.WorkerSummary;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.FormSave;
import hu.kozossegi.portal.shared.web.Option;
import hu.kozossegi.portal.shared.years.FixedDate;
import hu.kozossegi.portal.shared.years.ReportYears;
import jakarta.servlet.http.HttpServletResponse;
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

/** Create and edit an initiative; searching and adding workers and adding rows re-render the form. */
@Controller
class InitiativeFormController {

    private static final int WORKER_RESULTS = 15;

    private final InitiativeService service;
    private final InitiativeDetailQuery details;
    private final ProgrammeService programmes;
    private final InitiativeFormMapper mapper;
    private final Workers workers;
    private final CountyAccess access;
    private final SpringValidatorAdapter validator;
    private final ReportYears years;

    InitiativeFormController(InitiativeService service, InitiativeDetailQuery details, ProgrammeService programmes,
            InitiativeFormMapper mapper, Workers workers, CountyAccess access, jakarta.validation.Validator validator,
            ReportYears years) {
        this.years = years;
        this.service = service;
        this.details = details;
        this.programmes = programmes;
        this.mapper = mapper;
        this.workers = workers;
        this.access = access;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping("/initiatives/new")
    String create(Model model, Locale locale) {
        service.checkCreate();
        InitiativeForm form = new InitiativeForm();
        form.setStatus(InitiativeStatus.RUNNING);
        form.padRows(0);
        return render(form, null, model, locale, List.of());
    }

    /** Saving: the default of the form (Enter in a text field, or the save button). */
    @PostMapping("/initiatives/new")
    String create(@ModelAttribute("form") InitiativeForm form, BindingResult errors, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        service.checkCreate();
        Optional<InitiativeData> data = validate(form, errors);
        if (data.isEmpty()) {
            return render(form, null, model, locale, List.of());
        }
        long[] id = new long[1];
        String failed = FormSave.orRender(errors, response, () -> id[0] = service.create(data.get()),
                () -> render(form, null, model, locale, List.of()));
        return failed != null ? failed
                : FlashMessages.redirect(redirect, "initiative.created", "/initiatives/" + id[0]);
    }

    /**
     * The buttons that are not a save (more rows, worker search, add or remove a worker) re-render the form. A
     * browser sends only the pressed button; the conditions exclude each other so that any request has one
     * handler, and a request naming "save" always saves.
     */
    @PostMapping(value = "/initiatives/new",
            params = {"moreRows", "!searchWorkers", "!addWorker", "!removeWorker", "!save"})
    String createMoreRows(@ModelAttribute("form") InitiativeForm form, BindingResult errors, Model model,
            Locale locale) {
        service.checkCreate();
        return step(form, errors, null, Step.MORE_ROWS, null, model, locale);
    }

    @PostMapping(value = "/initiatives/new",
            params = {"searchWorkers", "!addWorker", "!removeWorker", "!save"})
    String createSearchWorkers(@ModelAttribute("form") InitiativeForm form, BindingResult errors, Model model,
            Locale locale) {
        service.checkCreate();
        return step(form, errors, null, Step.SEARCH_WORKERS, null, model, locale);
    }

    @PostMapping(value = "/initiatives/new",
            params = {"addWorker", "!removeWorker", "!save"})
    String createAddWorker(@ModelAttribute("form") InitiativeForm form, BindingResult errors,
            @RequestParam String addWorker, Model model, Locale locale) {
        service.checkCreate();
        return step(form, errors, null, Step.ADD_WORKER, addWorker, model, locale);
    }

    @PostMapping(value = "/initiatives/new",
            params = {"removeWorker", "!save"})
    String createRemoveWorker(@ModelAttribute("form") InitiativeForm form, BindingResult errors,
            @RequestParam String removeWorker, Model model, Locale locale) {
        service.checkCreate();
        return step(form, errors, null, Step.REMOVE_WORKER, removeWorker, model, locale);
    }

    @GetMapping("/initiatives/{id}/edit")
    String edit(@PathVariable long id, Model model, Locale locale) {
        InitiativeDetail detail = details.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        service.checkEdit(detail.head().countyCode());
        InitiativeForm form = InitiativeFormMapper.from(detail);
        form.padRows(0);
        return render(form, id, model, locale, List.of());
    }

    /** Saving: the default of the form (Enter in a text field, or the save button). */
    @PostMapping("/initiatives/{id}/edit")
    String edit(@PathVariable long id, @ModelAttribute("form") InitiativeForm form, BindingResult errors,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        checkEdit(id);
        Optional<InitiativeData> data = validate(form, errors);
        if (data.isEmpty()) {
            return render(form, id, model, locale, List.of());
        }
        String failed = FormSave.orRender(errors, response, () -> service.update(id, form.getVersion(), data.get()),
                () -> render(form, id, model, locale, List.of()),
                () -> {
                    InitiativeDetail saved = details.find(id)
                            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                    List<ConflictLine> conflicts = ConflictLines.between(form, InitiativeFormMapper.from(saved));
                    form.setVersion(saved.head().version());
                    return render(form, id, model, locale, conflicts);
                });
        return failed != null ? failed : FlashMessages.redirect(redirect, "initiative.saved", "/initiatives/" + id);
    }

    @PostMapping(value = "/initiatives/{id}/edit",
            params = {"moreRows", "!searchWorkers", "!addWorker", "!removeWorker", "!save"})
    String editMoreRows(@PathVariable long id, @ModelAttribute("form") InitiativeForm form, BindingResult errors,
            Model model, Locale locale) {
        checkEdit(id);
        return step(form, errors, id, Step.MORE_ROWS, null, model, locale);
    }

    @PostMapping(value = "/initiatives/{id}/edit",
            params = {"searchWorkers", "!addWorker", "!removeWorker", "!save"})
    String editSearchWorkers(@PathVariable long id, @ModelAttribute("form") InitiativeForm form,
            BindingResult errors, Model model, Locale locale) {
        checkEdit(id);
        return step(form, errors, id, Step.SEARCH_WORKERS, null, model, locale);
    }

    @PostMapping(value = "/initiatives/{id}/edit",
            params = {"addWorker", "!removeWorker", "!save"})
    String editAddWorker(@PathVariable long id, @ModelAttribute("form") InitiativeForm form, BindingResult errors,
            @RequestParam String addWorker, Model model, Locale locale) {
        checkEdit(id);
        return step(form, errors, id, Step.ADD_WORKER, addWorker, model, locale);
    }

    @PostMapping(value = "/initiatives/{id}/edit",
            params = {"removeWorker", "!save"})
    String editRemoveWorker(@PathVariable long id, @ModelAttribute("form") InitiativeForm form,
            BindingResult errors, @RequestParam String removeWorker, Model model, Locale locale) {
        checkEdit(id);
        return step(form, errors, id, Step.REMOVE_WORKER, removeWorker, model, locale);
    }

    /** Rights first: the initiative's county, whatever the form contains. */
    private void checkEdit(long id) {
        InitiativeDetail current = details.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        service.checkEdit(current.head().countyCode());
    }

    private Optional<InitiativeData> validate(InitiativeForm form, BindingResult errors) {
        validator.validate(form, errors);
        Set<String> themeCodes = details.themes().stream().map(InitiativeDetail.Theme::code)
                .collect(Collectors.toSet());
        Optional<InitiativeData> data = mapper.map(form, themeCodes, errors);
        form.padRows(0, !errors.hasErrors());
        return data;
    }

    /** The buttons of the form that are not a save. */
    private enum Step { MORE_ROWS, SEARCH_WORKERS, ADD_WORKER, REMOVE_WORKER }

    /** A step that is not a save: search or add workers, or more empty rows; nothing is validated yet. */
    private String step(InitiativeForm form, BindingResult errors, Long id, Step step, String workerId, Model model,
            Locale locale) {
        if (step == Step.ADD_WORKER) {
            Long worker = RequiredParam.number(workerId);
            if (!form.getWorkerIds().contains(worker)) {
                form.getWorkerIds().add(worker);
            }
            if (form.getLeadWorkerId() == null) {
                form.setLeadWorkerId(worker);
            }
        }
        if (step == Step.REMOVE_WORKER) {
            Long worker = RequiredParam.number(workerId);
            form.getWorkerIds().remove(worker);
            if (Objects.equals(form.getLeadWorkerId(), worker)) {
                form.setLeadWorkerId(null);
            }
        }
        if (step == Step.SEARCH_WORKERS && !InitiativeForm.isBlank(form.getWorkerQuery())) {
            String county = access.currentUser().map(PortalUser::countyCode).orElse(null);
            model.addAttribute("workerResults", workers.search(form.getWorkerQuery(), county, WORKER_RESULTS)
                    .stream().filter(w -> !form.getWorkerIds().contains(w.id())).toList());
        }
        form.padRows(step == Step.MORE_ROWS ? 2 : 0, !errors.hasErrors());
        return render(form, id, model, locale, List.of());
    }

    /** The closed years binding the user and, when editing, the stored dates they fix (shown before typing). */
    private void lockNotice(Long id, Model model) {
        boolean national = access.requireUser().isNationalOffice();
        List<Integer> locked = years.lockedFor(national);
        model.addAttribute("lockedYears", locked);
        List<FixedDate> fixed = List.of();
        if (id != null && !locked.isEmpty()) {
            InitiativeDetail.Head stored = details.find(id).map(InitiativeDetail::head)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            fixed = years.fixedDates(national, new FixedDate("initiative.startDate", stored.startDate()),
                    new FixedDate("initiative.endDate", stored.endDate()));
        }
        model.addAttribute("fixedDates", fixed);
    }

    private String render(InitiativeForm form, Long id, Model model, Locale locale, List<ConflictLine> conflicts) {
        model.addAttribute("form", form);
        model.addAttribute("initiativeId", id);
        model.addAttribute("statuses", InitiativeStatus.values());
        model.addAttribute("themeOptions", details.themes().stream()
                .map(t -> new Option(t.code(), t.name(locale))).toList());
        model.addAttribute("programmeOptions", programmes.all().stream()
                .map(p -> new Option(p.getId().toString(), p.getName())).toList());
        Map<Long, WorkerSummary> chosen = workers.findAll(form.getWorkerIds());
        model.addAttribute("chosenWorkers", form.getWorkerIds().stream().map(chosen::get)
                .filter(Objects::nonNull).toList());
        model.addAttribute("conflicts", conflicts);
        lockNotice(id, model);
        return "initiatives/form";
    }
}
