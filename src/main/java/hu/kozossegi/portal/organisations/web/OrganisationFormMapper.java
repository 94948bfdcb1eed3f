package hu.kozossegi.portal.organisations.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.geography.Settlements;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.organisations.OrganisationKind;
import hu.kozossegi.portal.organisations.internal.OrganisationData;
import hu.kozossegi.portal.organisations.internal.OrganisationRow;
import hu.kozossegi.portal.people.ContactRules;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Turns the typed form into {@link OrganisationData}, rejecting fields it cannot parse or resolve. */
@Component
class OrganisationFormMapper {

    private final Counties counties;
    private final Settlements settlements;
    private final Initiatives initiatives;

    OrganisationFormMapper(Counties counties, Settlements settlements, Initiatives initiatives) {
        this.counties = counties;
        this.settlements = settlements;
        this.initiatives = initiatives;
    }

    /** The data when every field parses and resolves; otherwise empty, with the errors in {@code errors}. */
    Optional<OrganisationData> map(OrganisationForm form, BindingResult errors) {
        OrganisationKind kind = kind(form.getKind(), errors);
        String county = form.getCounty() == null ? null : form.getCounty().strip();
        if (!errors.hasFieldErrors("county") && !counties.exists(county)) {
            errors.rejectValue("county", "organisation.error.countyRequired");
            county = null;
        }
        Long seat = seat(form.getSeatSettlement(), county, errors);
        LocalDate founded = date(form.getFoundedOn(), errors);
        String email = trimToNull(form.getContactEmail());
        if (email != null && !ContactRules.validEmail(email)) {
            errors.rejectValue("contactEmail", "organisation.error.email");
        }
        String phone = trimToNull(form.getContactPhone());
        if (phone != null) {
            phone = ContactRules.phone(phone).orElse(null);
            if (phone == null) {
                errors.rejectValue("contactPhone", "organisation.error.phone");
            }
        }
        Map<Long, InitiativeRelation> links = links(form, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new OrganisationData(form.getName().strip(), kind, county, seat, founded,
                trimToNull(form.getFocus()), trimToNull(form.getContactName()),
                email == null ? null : email.toLowerCase(Locale.ROOT), phone, form.isActive(), form.getOutcomeId(),
                links));
    }

    /** The form pre-filled from a stored organisation and its links. */
    static OrganisationForm from(OrganisationRow row, Map<Long, InitiativeRelation> links) {
        OrganisationForm form = new OrganisationForm();
        form.setVersion(row.version());
        form.setName(row.name());
        form.setKind(row.kind().name());
        form.setCounty(row.countyCode());
        form.setSeatSettlement(row.seatSettlementName());
        form.setFoundedOn(row.foundedOn() == null ? "" : row.foundedOn().toString());
        form.setFocus(nz(row.focus()));
        form.setContactName(nz(row.contactName()));
        form.setContactEmail(nz(row.contactEmail()));
        form.setContactPhone(nz(row.contactPhone()));
        form.setActive(row.active());
        List<OrganisationForm.LinkRow> rows = new ArrayList<>();
        links.forEach((id, relation) -> rows.add(new OrganisationForm.LinkRow(id, relation.name())));
        form.setLinks(rows);
        return form;
    }

    private static OrganisationKind kind(String value, BindingResult errors) {
        if (OrganisationForm.isBlank(value)) {
            return null;
        }
        try {
            return OrganisationKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("kind", "organisation.error.kindRequired");
            return null;
        }
    }

    /** The typed seat, matched in the chosen county ignoring accents and case (as the worker form does). */
    private Long seat(String typed, String county, BindingResult errors) {
        if (OrganisationForm.isBlank(typed) || county == null || errors.hasFieldErrors("seatSettlement")) {
            return null;
        }
        String name = typed.strip();
        List<SettlementSummary> found = settlements.findByName(county, name);
        List<SettlementSummary> exact = found.stream().filter(s -> s.name().equalsIgnoreCase(name)).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            errors.rejectValue("seatSettlement", "organisation.error.seatNotFound", new Object[] {name}, null);
        } else {
            errors.rejectValue("seatSettlement", "organisation.error.seatAmbiguous", new Object[] {
                found.stream().map(SettlementSummary::name).collect(Collectors.joining(", "))}, null);
        }
        return null;
    }

    private static LocalDate date(String value, BindingResult errors) {
        if (OrganisationForm.isBlank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1800 || date.isAfter(LocalDate.now())) {
                errors.rejectValue("foundedOn", "organisation.error.foundedOnRange");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue("foundedOn", "organisation.error.foundedOnInvalid");
            return null;
        }
    }

    private Map<Long, InitiativeRelation> links(OrganisationForm form, BindingResult errors) {
        Map<Long, InitiativeRelation> links = new LinkedHashMap<>();
        for (OrganisationForm.LinkRow row : form.getLinks()) {
            if (row == null || row.getInitiativeId() == null) {
                continue;
            }
            try {
                links.put(row.getInitiativeId(), InitiativeRelation.valueOf(String.valueOf(row.getRelation())));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("links", "organisation.error.relation");
                return Map.of();
            }
        }
        if (links.size() > 50) {
            errors.rejectValue("links", "organisation.error.tooManyLinks");
            return Map.of();
        }
        List<InitiativeSummary> known = initiatives.findAll(List.copyOf(links.keySet()));
        if (known.size() != links.size()) {
            errors.rejectValue("links", "organisation.error.initiativeUnknown");
        }
        return links;
    }

    private static String trimToNull(String s) {
        return OrganisationForm.isBlank(s) ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
