package hu.kozossegi.portal.activities.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.time.Instant;
import java.time.LocalDate;
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

/** An exchange visit: a visiting group learns a host settlement's methods. Its visiting parties and
 * travelling workers live in their own tables, written by {@link Visits}. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "exchange_visit")
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status = VisitStatus.PLANNED;

    @Column(name = "county_code", nullable = false, columnDefinition = "bpchar")
    private String countyCode;

    @Column(name = "host_settlement_id", nullable = false)
    private long hostSettlementId;

    @Column(name = "host_initiative_id")
    private Long hostInitiativeId;

    @Column(nullable = false)
    private String purpose;

    private String learned;

    @Column(name = "other_participants", nullable = false)
    private int otherParticipants;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up")
    private FollowUp followUp;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Column(name = "follow_up_note")
    private String followUpNote;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    @CreatedDate
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @LastModifiedDate
    private Instant updatedAt;

    protected Visit() {
    }

    static Visit of(VisitDetails details) {
        Visit visit = new Visit();
        visit.apply(details);
        return visit;
    }

    /** Throws {@link FieldViolationException} (and changes nothing) on an illegal follow-up date or group. */
    void apply(VisitDetails d) {
        List<FieldViolation> violations = VisitRules.violations(d);
        FieldViolationException.throwIfAny(violations);
        visitDate = d.visitDate();
        status = d.status();
        countyCode = d.countyCode();
        hostSettlementId = d.hostSettlementId();
        hostInitiativeId = d.hostInitiativeId();
        purpose = d.purpose();
        learned = d.learned();
        otherParticipants = d.otherParticipants();
        followUp = d.followUp();
        followUpDate = d.followUp() == null ? null : d.followUpDate();
        followUpNote = d.followUp() == null ? null : d.followUpNote();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public long getHostSettlementId() {
        return hostSettlementId;
    }

    public Long getHostInitiativeId() {
        return hostInitiativeId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getLearned() {
        return learned;
    }

    public int getOtherParticipants() {
        return otherParticipants;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public long getVersion() {
        return version;
    }
}
