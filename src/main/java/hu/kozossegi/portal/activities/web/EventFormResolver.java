package hu.kozossegi.portal.activities.web;

import hu.kozossegi.portal.activities.EventOrganisations;
import hu.kozossegi.portal.activities.internal.EventKind;
import org.springframework.beans.factory.ObjectProvider;
import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import hu.kozossegi.portal.accounts.Accounts;
import hu.kozossegi.portal.accounts.StaffMember;
import hu.kozossegi.portal.activities.internal.EventDetails;
import hu.kozossegi.portal.activities.internal.EventRules;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.geography.SettlementNameResolver;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import hu.kozossegi.portal.shared.web.FieldErrors;
import hu.kozossegi.portal.shared.web.FilterParams;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns a bound event form into {@link EventDetails}: resolves the typed venue name to a settlement (the
 * event's county first, then the whole country), checks the facilitator and the event rules, and puts every
 * problem on its field. Returns null when there were errors.
 */
@Component
class EventFormResolver {

    private final SettlementNameResolver settlements;
    private final Accounts accounts;
    private final Counties counties;
    private final InitiativeNames initiatives;
    private final ObjectProvider<EventOrganisations> organisations;
    private final Clock clock;

    EventFormResolver(SettlementNameResolver settlements, Accounts accounts, Counties counties, InitiativeNames initiatives,
            ObjectProvider<EventOrganisations> organisations, Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.settlements = settlements;
        this.accounts = accounts;
        this.counties = counties;
        this.initiatives = initiatives;
    }

    /** Resolves the form; ambiguous initiative titles leave their candidates in {@code candidates}. */
    EventDetails resolve(EventForm form, BindingResult errors, List<InitiativeSummary> candidates) {
        String county = form.countyCode();
        if (county != null && !counties.exists(county)) {
            errors.rejectValue("county", "event.error.unknownCounty");
        }
        Long venueId = resolveVenue(form.getVenueName(), county, errors);
        Long initiativeId = resolveInitiative(form, county, errors, candidates);
        Long organisationId = form.getKind() == EventKind.CONSULTATION ? form.getOrganisationId() : null;
        EventOrganisations known = organisations.getIfAvailable();
        if (organisationId != null && (known == null || !known.ofCounty(organisationId, county))) {
            errors.rejectValue("organisationId", "event.error.unknownOrganisation");
        }
        String facilitatorName = FilterParams.blankToNull(form.getFacilitatorName());
        if (form.getFacilitatorUserId() != null) {
            if (accounts.find(form.getFacilitatorUserId()).filter(StaffMember::active).isEmpty()) {
                errors.rejectValue("facilitatorUserId", "event.error.unknownFacilitator");
            } else if (facilitatorName != null) {
                errors.rejectValue("facilitatorName", "event.error.twoFacilitators");
            }
        }
        Instant startsAt = form.getStartsAt() == null ? null : form.getStartsAt().atZone(EventRules.ZONE).toInstant();
        Instant endsAt = form.getEndsAt() == null ? null : form.getEndsAt().atZone(EventRules.ZONE).toInstant();
        for (FieldViolation v : EventRules.violations(startsAt, endsAt, form.getStatus(), form.getCancelReason(),
                Instant.now(clock))) {
            if (!errors.hasFieldErrors(v.field())) {
                FieldErrors.reject(errors, List.of(v));
            }
        }
        EventRules.hours(form.getKind(), form.getTrainingHours())
                .filter(v -> !errors.hasFieldErrors(v.field()))
                .ifPresent(v -> errors.rejectValue(v.field(), v.messageKey()));
        if (errors.hasErrors()) {
            return null;
        }
        return new EventDetails(form.getKind(), form.getTitle().trim(), FilterParams.blankToNull(form.getTopic()),
                FilterParams.blankToNull(form.getDescription()), county, startsAt, endsAt, venueId,
                FilterParams.blankToNull(form.getVenueAddress()), form.getFacilitatorUserId(), facilitatorName,
                form.getCapacity(), form.getTrainingHours(), initiativeId, form.getStatus(),
                FilterParams.blankToNull(form.getCancelReason()), FilterParams.blankToNull(form.getSummary()),
                organisationId);
    }

    private Long resolveInitiative(EventForm form, String county, BindingResult errors,
            List<InitiativeSummary> candidates) {
        String typed = form.getInitiativeTitle();
        if (typed == null || typed.isBlank() || errors.hasFieldErrors("initiativeTitle")) {
            form.setInitiativeId(null);
            return null;
        }
        List<Long> chosen = form.getInitiativeId() == null ? List.of() : List.of(form.getInitiativeId());
        InitiativeNames.Result result = initiatives.resolve(typed, chosen, county);
        if (result.matches().size() == 1) {
            form.setInitiativeId(result.matches().get(0).id());
            return form.getInitiativeId();
        }
        form.setInitiativeId(null);
        candidates.addAll(result.candidates());
        errors.rejectValue("initiativeTitle", result.ambiguous() ? "event.error.initiativeAmbiguous"
                : "event.error.initiativeUnknown", new Object[] {typed.trim()}, null);
        return null;
    }

    private Long resolveVenue(String name, String county, BindingResult errors) {
        if (name == null || name.isBlank()) {
            return null;
        }
        SettlementNameResolver.Resolved venue = settlements.resolvePreferring(name, county);
        venue.violation("venueName").ifPresent(v -> FieldErrors.reject(errors, List.of(v)));
        return venue.id();
    }
}
