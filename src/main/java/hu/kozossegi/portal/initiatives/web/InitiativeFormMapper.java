package hu.kozossegi.portal.initiatives.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.initiatives.internal.Funding;
import hu.kozossegi.portal.initiatives.internal.InitiativeData;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail;
import hu.kozossegi.portal.initiatives.internal.InitiativeRules;
import hu.kozossegi.portal.initiatives.internal.ProgrammeService;
import hu.kozossegi.portal.people.Workers;
import hu.kozossegi.portal.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Turns the bound form into {@link InitiativeData}: resolves settlement names and ids, checks the initiative rules. */
@Component
class InitiativeFormMapper {

    private final SettlementNameResolver names;
    private final ProgrammeService programmes;
    private final Workers workers;

    InitiativeFormMapper(SettlementNameResolver names, ProgrammeService programmes, Workers workers) {
        this.names = names;
        this.programmes = programmes;
        this.workers = workers;
    }

    /**
     * The data when every name and id resolves and the initiative's rules hold (the form itself was bound and
     * validated by Spring); otherwise empty, with the errors in {@code errors}.
     */
    Optional<InitiativeData> map(InitiativeForm form, Set<String> themeCodes, BindingResult errors) {
        Long primary = resolve(form.getPrimarySettlement(), "primarySettlement", errors);
        Set<Long> others = new LinkedHashSet<>();
        for (int i = 0; i < form.getOtherSettlements().size(); i++) {
            String name = form.getOtherSettlements().get(i);
            if (!InitiativeForm.isBlank(name)) {
                Long id = resolve(name, "otherSettlements[" + i + "]", errors);
                if (id != null) {
                    others.add(id);
                }
            }
        }
        Set<String> themes = new LinkedHashSet<>(form.getThemes());
        if (!themeCodes.containsAll(themes)) {
            errors.rejectValue("themes", "initiative.error.themeUnknown");
        }
        Set<Long> workers = new LinkedHashSet<>(form.getWorkerIds());
        if (form.getLeadWorkerId() != null && !workers.contains(form.getLeadWorkerId())) {
            errors.rejectValue("leadWorkerId", "initiative.error.leadNotSelected");
        }
        if (form.getProgrammeId() != null && !programmes.exists(form.getProgrammeId())) {
            errors.rejectValue("programmeId", "initiative.error.programmeUnknown");
        }
        workers.remove(null);
        if (!workers.isEmpty() && !this.workers.findAll(workers).keySet().containsAll(workers)) {
            errors.rejectValue("workerIds", "initiative.error.workerUnknown");
        }
        if (form.getStatus() != null && !errors.hasFieldErrors("startDate") && !errors.hasFieldErrors("endDate")) {
            FieldErrors.reject(errors, InitiativeRules.check(form.getStatus(), form.getStartDate(), form.getEndDate(),
                    0, null));
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        List<Funding> funding = form.getFunding().stream().filter(row -> row != null && !row.blank())
                .map(row -> new Funding(row.getSource().trim(), row.getAmount())).toList();
        return Optional.of(new InitiativeData(form.getTitle().trim(), primary, others, form.getProgrammeId(),
                form.getStatus(), form.getStartDate(), form.getEndDate(), form.getLeadWorkerId(), workers, themes,
                trimToNull(form.getNeedAssessment()), trimToNull(form.getActionProgramme()),
                form.getResidentParticipants(), funding));
    }

    /** The form pre-filled from a stored initiative. */
    static InitiativeForm from(InitiativeDetail detail) {
        InitiativeForm form = new InitiativeForm();
        InitiativeDetail.Head h = detail.head();
        form.setVersion(h.version());
        form.setTitle(h.title());
        form.setPrimarySettlement(h.primarySettlementName() + " (" + h.countyName() + ")");
        form.setOtherSettlements(detail.settlements().stream()
                .map(p -> p.name() + " (" + p.countyName() + ")").collect(Collectors.toCollection(ArrayList::new)));
        form.setProgrammeId(h.programmeId());
        form.setStatus(h.status());
        form.setStartDate(h.startDate());
        form.setEndDate(h.endDate());
        form.setLeadWorkerId(h.leadWorkerId());
        List<Long> workers = new ArrayList<>();
        if (h.leadWorkerId() != null) {
            workers.add(h.leadWorkerId());
        }
        detail.workers().forEach(w -> workers.add(w.id()));
        form.setWorkerIds(workers);
        form.setThemes(detail.themes().stream().map(InitiativeDetail.Theme::code)
                .collect(Collectors.toCollection(ArrayList::new)));
        form.setNeedAssessment(h.needAssessment() == null ? "" : h.needAssessment());
        form.setActionProgramme(h.actionProgramme() == null ? "" : h.actionProgramme());
        form.setResidentParticipants(h.residentParticipants());
        form.setFunding(detail.funding().stream()
                .map(f -> new InitiativeForm.FundingRow(f.source(), f.amountHuf()))
                .collect(Collectors.toCollection(ArrayList::new)));
        return form;
    }

    /** A typed settlement name, "Name" or "Name (County)", through geography's one resolver. */
    private Long resolve(String typed, String field, BindingResult errors) {
        if (InitiativeForm.isBlank(typed)) {
            return null;
        }
        SettlementNameResolver.Resolved found = names.resolve(typed);
        found.violation(field).ifPresent(v -> FieldErrors.reject(errors, List.of(v)));
        return found.id();
    }

    private static String trimToNull(String s) {
        return InitiativeForm.isBlank(s) ? null : s.trim();
    }
}
