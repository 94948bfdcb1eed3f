package hu.kozossegi.portal.activities.web;

import java.util.List;

import hu.kozossegi.portal.shared.web.ConflictLine;

/** The event and exchange visit forms compared field by field with what someone else saved meanwhile. */
final class ActivityConflicts {

    private ActivityConflicts() {
    }

    static List<ConflictLine> between(EventForm yours, EventForm saved) {
        return ConflictLine.compare()
                .field("event.kind", saved.getKind(), yours.getKind())
                .field("event.title", saved.getTitle(), yours.getTitle())
                .field("event.topic", saved.getTopic(), yours.getTopic())
                .field("event.description", saved.getDescription(), yours.getDescription())
                .field("event.county", saved.getCounty(), yours.getCounty())
                .field("event.startsAt", saved.getStartsAt(), yours.getStartsAt())
                .field("event.endsAt", saved.getEndsAt(), yours.getEndsAt())
                .field("event.venue", saved.getVenueName(), yours.getVenueName())
                .field("event.venueAddress", saved.getVenueAddress(), yours.getVenueAddress())
                .field("event.facilitator", saved.getFacilitatorUserId(), yours.getFacilitatorUserId())
                .field("event.facilitatorName", saved.getFacilitatorName(), yours.getFacilitatorName())
                .field("event.capacity", saved.getCapacity(), yours.getCapacity())
                .field("event.trainingHours", saved.getTrainingHours(), yours.getTrainingHours())
                .field("event.status", saved.getStatus(), yours.getStatus())
                .field("event.cancelReason", saved.getCancelReason(), yours.getCancelReason())
                .field("event.summary", saved.getSummary(), yours.getSummary())
                .list();
    }

    static List<ConflictLine> between(VisitForm yours, VisitForm saved) {
        return ConflictLine.compare()
                .field("visit.date", saved.getVisitDate(), yours.getVisitDate())
                .field("visit.county", saved.getCounty(), yours.getCounty())
                .field("visit.host", saved.getHostSettlement(), yours.getHostSettlement())
                .field("visit.visiting", saved.getVisitingSettlements(), yours.getVisitingSettlements())
                .field("visit.otherParticipants", saved.getOtherParticipants(), yours.getOtherParticipants())
                .field("visit.purpose", saved.getPurpose(), yours.getPurpose())
                .field("visit.learned", saved.getLearned(), yours.getLearned())
                .field("visit.followUp", saved.getFollowUp(), yours.getFollowUp())
                .field("visit.followUpDate", saved.getFollowUpDate(), yours.getFollowUpDate())
                .field("visit.followUpNote", saved.getFollowUpNote(), yours.getFollowUpNote())
                .list();
    }
}
