package hu.kozossegi.portal.organisations.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.initiatives.Initiatives;
import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.organisations.OrganisationKind;
import hu.kozossegi.portal.organisations.internal.OrganisationData;
import hu.kozossegi.portal.organisations.internal.OrganisationRow;
import hu.kozossegi.portal.people.ContactRules;
import hu.kozossegi.portal.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Turns the typed form into {@link OrganisationData}, rejecting fields it cannot parse or resolve. */
@Component
class OrganisationFormMapper {

    private final Counties counties;
    private final SettlementNameResolver resolver;
    private final Initiatives initiatives;

    OrganisationFormMapper(Counties counties, SettlementNameResolver resolver, Initiatives initiatives) {
        this.counties = counties;
        this.resolver = resolver;
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
        Long seat = null;
        if (county != null && !errors.hasFieldErrors("seatSettlement") && !OrganisationForm.isBlank(form.getSeatSettlement())) {
            SettlementNameResolver.Resolved resolved = resolver.resolveIn(form.getSeatSettlement(), county);
            resolved.violation("seatSettlement").ifPresent(v -> FieldErrors.reject(errors, List.of(v)));
            seat = resolved.id();
        }
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
        return Optional.of(new OrganisationData(form.getName().strip(), kind, county, seat, form.getFoundedOn(),
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
        form.setFoundedOn(row.foundedOn());
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
