package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;

import hu.kozossegi.portal.shared.rules.FieldViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import hu.kozossegi.portal.initiatives.InitiativeStatus;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A community initiative: the aggregate guarding its status and date rules. Settlements, workers and the
 * programme are referenced by id; every saved change is kept by Envers for the history page.
 */
@Entity
@Table(name = "initiative")
@Audited
public class Initiative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "primary_settlement_id", nullable = false)
    private long primarySettlementId;

    @Column(name = "programme_id")
    private Long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "lead_worker_id")
    private Long leadWorkerId;

    @Column(name = "need_assessment")
    private String needAssessment;

    @Column(name = "action_programme")
    private String actionProgramme;

    @Column(name = "resident_participants")
    private Integer residentParticipants;

    @ElementCollection
    @CollectionTable(name = "initiative_settlement", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "settlement_id")
    private Set<Long> settlementIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiative_worker", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "worker_id")
    private Set<Long> workerIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiative_theme", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "theme_code")
    private Set<String> themeCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "initiative_funding", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<Funding> funding = new ArrayList<>();

    protected Initiative() {
    }

    /** A new initiative; throws {@link FieldViolationException} when the data breaks a rule. */
    public static Initiative create(InitiativeData data) {
        Initiative initiative = new Initiative();
        initiative.update(data, 0, null);
        return initiative;
    }

    /** Applies an edit; the outcome figures let the aggregate refuse PLANNED with outcomes. */
    public void update(InitiativeData data, int outcomeCount, LocalDate earliestOutcome) {
        List<FieldViolation> violations = InitiativeRules.check(data.status(), data.startDate(), data.endDate(),
                outcomeCount, earliestOutcome);
        FieldViolationException.throwIfAny(violations);
        title = data.title();
        primarySettlementId = data.primarySettlementId();
        programmeId = data.programmeId();
        status = data.status();
        startDate = data.startDate();
        endDate = data.endDate();
        leadWorkerId = data.leadWorkerId();
        needAssessment = data.needAssessment();
        actionProgramme = data.actionProgramme();
        residentParticipants = data.residentParticipants();
        replace(settlementIds, data.settlementIds().stream().filter(id -> id != primarySettlementId).toList());
        replace(workerIds, data.workerIds().stream().filter(id -> !id.equals(leadWorkerId)).toList());
        replace(themeCodes, data.themeCodes());
        if (!funding.equals(data.funding())) {
            funding.clear();
            funding.addAll(data.funding());
        }
    }

    private static <T> void replace(Set<T> target, java.util.Collection<T> values) {
        if (!target.equals(new LinkedHashSet<>(values))) {
            target.clear();
            target.addAll(values);
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public long getPrimarySettlementId() {
        return primarySettlementId;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getLeadWorkerId() {
        return leadWorkerId;
    }

    public String getNeedAssessment() {
        return needAssessment;
    }

    public String getActionProgramme() {
        return actionProgramme;
    }

    public Integer getResidentParticipants() {
        return residentParticipants;
    }

    public Set<Long> getSettlementIds() {
        return Set.copyOf(settlementIds);
    }

    public Set<Long> getWorkerIds() {
        return Set.copyOf(workerIds);
    }

    public Set<String> getThemeCodes() {
        return Set.copyOf(themeCodes);
    }

    public List<Funding> getFunding() {
        return List.copyOf(funding);
    }
}
