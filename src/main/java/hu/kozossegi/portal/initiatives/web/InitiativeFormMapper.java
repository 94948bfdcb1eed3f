package hu.kozossegi.portal.initiatives.web;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.initiatives.InitiativeStatus;
import hu.kozossegi.portal.initiatives.internal.Funding;
import hu.kozossegi.portal.initiatives.internal.InitiativeData;
import hu.kozossegi.portal.initiatives.internal.InitiativeDetail;
import hu.kozossegi.portal.initiatives.internal.InitiativeRules;
import hu.kozossegi.portal.initiatives.internal.ProgrammeService;
import hu.kozossegi.portal.people.Workers;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Turns the typed form into {@link InitiativeData}, rejecting fields it cannot parse or resolve. */
@Component
class InitiativeFormMapper {

    private final Settlements settlements;
    private final Counties counties;
    private final ProgrammeService programmes;
    private final Workers workers;

    InitiativeFormMapper(Settlements settlements, Counties counties, ProgrammeService programmes, Workers workers) {
        this.settlements = settlements;
        this.counties = counties;
        this.programmes = programmes;
        this.workers = workers;
    }

    /** The data when every field parses and resolves; otherwise empty, with the errors in {@code errors}. */
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
        InitiativeStatus status = parseStatus(form.getStatus(), errors);
        LocalDate start = FormDates.parse(form.getStartDate(), "startDate", errors);
        LocalDate end = FormDates.parse(form.getEndDate(), "endDate", errors);
        Integer residents = count(form.getResidentParticipants(), errors);
        List<Funding> funding = funding(form, errors);
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
        if (status != null && !errors.hasFieldErrors("startDate") && !errors.hasFieldErrors("endDate")) {
            InitiativeRules.check(status, start, end, 0, null)
                    .forEach(v -> errors.rejectValue(v.field(), v.messageKey()));
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new InitiativeData(form.getTitle().trim(), primary, others, form.getProgrammeId(), status,
                start, end, form.getLeadWorkerId(), workers, themes, trimToNull(form.getNeedAssessment()),
                trimToNull(form.getActionProgramme()), residents, funding));
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
        form.setStatus(h.status().name());
        form.setStartDate(h.startDate() == null ? "" : h.startDate().toString());
        form.setEndDate(h.endDate() == null ? "" : h.endDate().toString());
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
        form.setResidentParticipants(h.residentParticipants() == null ? "" : h.residentParticipants().toString());
        form.setFunding(detail.funding().stream()
                .map(f -> new InitiativeForm.FundingRow(f.source(), Long.toString(f.amountHuf())))
                .collect(Collectors.toCollection(ArrayList::new)));
        return form;
    }

    /**
     * A typed settlement name, optionally followed by its county in brackets ("Kővágószőlős (Baranya)"),
     * matched ignoring accents and case.
     */
    Long resolve(String typed, String field, BindingResult errors) {
        if (InitiativeForm.isBlank(typed)) {
            return null;
        }
        String name = typed.trim();
        String county = null;
        int open = name.lastIndexOf('(');
        if (open > 0 && name.endsWith(")")) {
            String countyName = fold(name.substring(open + 1, name.length() - 1));
            county = counties.all().stream().filter(c -> fold(c.name()).equals(countyName)).map(County::code)
                    .findFirst().orElse(null);
            if (county != null) {
                name = name.substring(0, open).trim();
            }
        }
        List<SettlementSummary> found = settlements.findByName(county, name);
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            errors.rejectValue(field, "initiative.error.settlementNotFound", new Object[] {typed.trim()}, null);
        } else {
            String candidates = found.stream().map(s -> s.name() + " (" + s.countyName() + ")")
                    .collect(Collectors.joining(", "));
            errors.rejectValue(field, "initiative.error.settlementAmbiguous", new Object[] {candidates}, null);
        }
        return null;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static InitiativeStatus parseStatus(String value, BindingResult errors) {
        if (InitiativeForm.isBlank(value)) {
            return null;
        }
        try {
            return InitiativeStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.rejectValue("status", "initiative.error.statusRequired");
            return null;
        }
    }

    private static Integer count(String value, BindingResult errors) {
        if (InitiativeForm.isBlank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0 || n > 1_000_000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            errors.rejectValue("residentParticipants", "initiative.error.countInvalid");
            return null;
        }
    }

    private static List<Funding> funding(InitiativeForm form, BindingResult errors) {
        List<Funding> lines = new ArrayList<>();
        for (int i = 0; i < form.getFunding().size(); i++) {
            InitiativeForm.FundingRow row = form.getFunding().get(i);
            if (row == null || row.blank()) {
                continue;
            }
            if (InitiativeForm.isBlank(row.getSource())) {
                errors.rejectValue("funding[" + i + "].source", "initiative.error.fundingSourceRequired");
            }
            Long amount = null;
            try {
                amount = Long.parseLong(row.getAmount().replaceAll("[\\s.]", ""));
                if (amount < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("funding[" + i + "].amount", "initiative.error.fundingAmountInvalid");
            }
            if (amount != null && !InitiativeForm.isBlank(row.getSource())) {
                lines.add(new Funding(row.getSource().trim(), amount));
            }
        }
        return lines;
    }

    private static String trimToNull(String s) {
        return InitiativeForm.isBlank(s) ? null : s.trim();
    }
}
