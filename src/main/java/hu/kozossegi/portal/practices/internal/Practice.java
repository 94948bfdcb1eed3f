package hu.kozossegi.portal.practices.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import hu.kozossegi.portal.practices.PracticeStatus;
import hu.kozossegi.portal.shared.web.FilterParams;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.EntityListeners;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * A good practice and its review workflow. Every state change goes through a method here that refuses illegal
 * transitions ({@link FieldViolationException}) and records who made it, when and with which comment.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "practice")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Column(name = "county_code", nullable = false, updatable = false, columnDefinition = "bpchar(2)")
    private String countyCode;

    @Column(name = "settlement_id", nullable = false, updatable = false)
    private long settlementId;

    private String title;
    private String summary;
    private String problem;
    private String method;
    private String requirements;
    private String results;
    private String pitfalls;
    private String transferability;
    @Column(name = "contact_name")
    private String contactName;
    @Column(name = "contact_role")
    private String contactRole;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_consent")
    private boolean contactConsent;

    @ElementCollection
    @CollectionTable(name = "practice_theme", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PracticeStatus status;

    @Column(name = "accredited_on")
    private LocalDate accreditedOn;

    @Column(name = "accreditation_number")
    private String accreditationNumber;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    @CreatedDate
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @LastModifiedDate
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "practice_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<PracticeTransition> transitions = new ArrayList<>();

    @Version
    private long version;

    protected Practice() {
    }

    /** A new draft drawn from an initiative of {@code countyCode} whose primary settlement is {@code settlementId}. */
    public static Practice propose(long initiativeId, String countyCode, long settlementId, PracticeContent content,
            Actor actor, Instant now) {
        Practice practice = new Practice();
        practice.initiativeId = initiativeId;
        practice.countyCode = countyCode;
        practice.settlementId = settlementId;
        practice.proposedBy = actor.username();
        practice.apply(content);
        practice.moveTo(PracticeStatus.DRAFT, actor, now, null);
        return practice;
    }

    /** Changes the text; only a draft or a returned practice can be changed. */
    public void edit(PracticeContent content, Instant now) {
        if (!status.editable()) {
            throw new FieldViolationException(null, "practice.error.notEditable");
        }
        apply(content);
    }

    public void submit(Actor actor, Instant now, String comment) {
        if (!status.editable()) {
            throw new FieldViolationException(null, "practice.error.cannotSubmit");
        }
        moveTo(PracticeStatus.SUBMITTED, actor, now, FilterParams.blankToNull(comment));
    }

    public void returnForChanges(Actor actor, Instant now, String comment) {
        requireReview(actor);
        if (FilterParams.blankToNull(comment) == null) {
            throw new FieldViolationException(null, "practice.error.commentRequired");
        }
        moveTo(PracticeStatus.RETURNED, actor, now, comment.strip());
    }

    public void accredit(Actor actor, Instant now, LocalDate on, String number, String comment) {
        requireReview(actor);
        if (on == null || FilterParams.blankToNull(number) == null) {
            throw new FieldViolationException(null, "practice.error.accreditationIncomplete");
        }
        accreditedOn = on;
        accreditationNumber = number.strip();
        moveTo(PracticeStatus.ACCREDITED, actor, now, FilterParams.blankToNull(comment));
    }

    public void reject(Actor actor, Instant now, String reason) {
        requireReview(actor);
        if (FilterParams.blankToNull(reason) == null) {
            throw new FieldViolationException(null, "practice.error.reasonRequired");
        }
        rejectionReason = reason.strip();
        moveTo(PracticeStatus.REJECTED, actor, now, rejectionReason);
    }

    private void requireReview(Actor actor) {
        if (!actor.nationalOffice()) {
            throw new FieldViolationException(null, "practice.error.reviewNationalOnly");
        }
        if (status != PracticeStatus.SUBMITTED) {
            throw new FieldViolationException(null, "practice.error.notSubmitted");
        }
    }

    private void moveTo(PracticeStatus to, Actor actor, Instant now, String comment) {
        transitions.add(new PracticeTransition(status, to, actor, now, comment));
        status = to;
    }

    private void apply(PracticeContent c) {
        if (!c.contactConsent()) {
            throw new FieldViolationException(null, "practice.error.consentRequired");
        }
        if (FilterParams.blankToNull(c.contactEmail()) == null && FilterParams.blankToNull(c.contactPhone()) == null) {
            throw new FieldViolationException(null, "practice.error.contactRequired");
        }
        title = c.title().strip();
        summary = c.summary().strip();
        problem = c.problem().strip();
        method = c.method().strip();
        requirements = c.requirements().strip();
        results = c.results().strip();
        pitfalls = FilterParams.blankToNull(c.pitfalls());
        transferability = c.transferability().strip();
        contactName = c.contactName().strip();
        contactRole = FilterParams.blankToNull(c.contactRole());
        contactEmail = FilterParams.blankToNull(c.contactEmail());
        contactPhone = FilterParams.blankToNull(c.contactPhone());
        contactConsent = true;
        themes.clear();
        themes.addAll(c.themes());
    }

    public PracticeContent content() {
        return new PracticeContent(title, summary, problem, method, requirements, results, pitfalls, transferability,
                contactName, contactRole, contactEmail, contactPhone, contactConsent, Set.copyOf(themes));
    }

    public Long id() {
        return id;
    }

    public long initiativeId() {
        return initiativeId;
    }

    public String countyCode() {
        return countyCode;
    }

    public long settlementId() {
        return settlementId;
    }

    public PracticeStatus status() {
        return status;
    }

    public LocalDate accreditedOn() {
        return accreditedOn;
    }

    public String accreditationNumber() {
        return accreditationNumber;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<PracticeTransition> transitions() {
        return Collections.unmodifiableList(transitions);
    }

    public long version() {
        return version;
    }
}
