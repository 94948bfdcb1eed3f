package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.EntityListeners;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;

/** A workshop, training, consultation or conference; national when it has no county. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "activity_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(nullable = false)
    private String title;

    private String topic;
    private String description;

    @Column(name = "county_code", columnDefinition = "bpchar")
    private String countyCode;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue_settlement_id")
    private Long venueSettlementId;

    @Column(name = "venue_address")
    private String venueAddress;

    @Column(name = "facilitator_user_id")
    private Long facilitatorUserId;

    @Column(name = "facilitator_name")
    private String facilitatorName;

    private Integer capacity;

    @Column(name = "training_hours")
    private BigDecimal trainingHours;

    @Column(name = "initiative_id")
    private Long initiativeId;

    /** The organisation an individual consultation served (capacity building), or null. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.SCHEDULED;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private String summary;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    @CreatedDate
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @LastModifiedDate
    private Instant updatedAt;

    protected Event() {
    }

    public static Event schedule(EventDetails details, Instant now) {
        Event event = new Event();
        event.apply(details, now);
        return event;
    }

    /** Changes the event; throws {@link FieldViolationException} and changes nothing when a rule is broken. */
    public void update(EventDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(EventDetails d, Instant now) {
        List<FieldViolation> violations = EventRules.violations(d.startsAt(), d.endsAt(), d.status(),
                d.cancelReason(), now);
        violations = new ArrayList<>(violations);
        if (d.facilitatorUserId() != null && d.facilitatorName() != null) {
            violations.add(new FieldViolation("facilitatorName", "event.error.twoFacilitators"));
        }
        EventRules.hours(d.kind(), d.trainingHours()).ifPresent(violations::add);
        FieldViolationException.throwIfAny(violations);
        kind = d.kind();
        title = d.title();
        topic = d.topic();
        description = d.description();
        countyCode = d.countyCode();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        venueSettlementId = d.venueSettlementId();
        venueAddress = d.venueAddress();
        facilitatorUserId = d.facilitatorUserId();
        facilitatorName = d.facilitatorName();
        capacity = d.capacity();
        trainingHours = d.trainingHours();
        initiativeId = d.initiativeId();
        organisationId = d.kind() == EventKind.CONSULTATION ? d.organisationId() : null;
        status = d.status() == null ? EventStatus.SCHEDULED : d.status();
        cancelReason = status == EventStatus.CANCELLED ? d.cancelReason() : null;
        summary = d.summary();
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public String getDescription() {
        return description;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Long getVenueSettlementId() {
        return venueSettlementId;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public Long getFacilitatorUserId() {
        return facilitatorUserId;
    }

    public String getFacilitatorName() {
        return facilitatorName;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public EventStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getSummary() {
        return summary;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
