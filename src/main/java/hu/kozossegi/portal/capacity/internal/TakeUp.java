package hu.kozossegi.portal.capacity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.shared.rules.FieldViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A community (an initiative or an organisation, exactly one) taking up an accredited good practice: its current
 * stage since a day, and every earlier stage with its day. A new stage is appended to the history and may not
 * begin before the current one; the same stage with another day corrects the current stage's day.
 */
@Entity
@Table(name = "practice_takeup")
@EntityListeners(AuditingEntityListener.class)
public class TakeUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(name = "initiative_id")
    private Long initiativeId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TakeUpStage stage;

    @Column(name = "stage_since", nullable = false)
    private LocalDate stageSince;

    @Column(name = "visit_id")
    private Long visitId;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_takeup_stage", joinColumns = @JoinColumn(name = "takeup_id"))
    @OrderColumn(name = "position")
    private List<StageStep> history = new ArrayList<>();

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TakeUp() {
    }

    public TakeUp(long practiceId, Community community, TakeUpStage stage, LocalDate since, Long visitId,
            String note) {
        this.practiceId = practiceId;
        this.initiativeId = community.kind() == Community.Kind.INITIATIVE ? community.id() : null;
        this.organisationId = community.kind() == Community.Kind.ORGANISATION ? community.id() : null;
        this.visitId = visitId;
        this.note = note;
        moveTo(stage, since);
    }

    /** Moves to {@code stage} from {@code since}, or corrects the current stage's day when the stage is the same. */
    public final void moveTo(TakeUpStage newStage, LocalDate since) {
        if (newStage == stage) {
            if (history.size() > 1 && since.isBefore(history.get(history.size() - 2).getSince())) {
                throw new FieldViolationException("since", "takeup.error.beforePrevious",
                        history.get(history.size() - 2).getSince());
            }
            history.set(history.size() - 1, new StageStep(newStage, since));
        } else {
            if (stageSince != null && since.isBefore(stageSince)) {
                throw new FieldViolationException("since", "takeup.error.beforePrevious", stageSince);
            }
            history.add(new StageStep(newStage, since));
        }
        this.stage = newStage;
        this.stageSince = since;
    }

    public void update(Long visitId, String note) {
        this.visitId = visitId;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public Community.Ref community() {
        return initiativeId != null ? new Community.Ref(Community.Kind.INITIATIVE, initiativeId)
                : new Community.Ref(Community.Kind.ORGANISATION, organisationId);
    }

    public TakeUpStage getStage() {
        return stage;
    }

    public LocalDate getStageSince() {
        return stageSince;
    }

    public Long getVisitId() {
        return visitId;
    }

    public String getNote() {
        return note;
    }

    public List<StageStep> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
