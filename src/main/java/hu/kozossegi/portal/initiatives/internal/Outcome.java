package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An outcome of an initiative, counted in the year it was achieved. */
@Entity
@Table(name = "initiative_outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OutcomeType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    private String description;

    @Column(name = "created_by", length = 60)
    private String createdBy;

    @Version
    private long version;

    protected Outcome() {
    }

    public Outcome(long initiativeId, OutcomeType type, String name, LocalDate achievedOn, String description,
            String createdBy) {
        this.initiativeId = initiativeId;
        this.type = type;
        this.name = name;
        this.achievedOn = achievedOn;
        this.description = description;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }

    public OutcomeType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }

    /** A correction of what was recorded; the rules are checked by {@link InitiativeService} beforehand. */
    void update(OutcomeType type, String name, LocalDate achievedOn, String description) {
        this.type = type;
        this.name = name;
        this.achievedOn = achievedOn;
        this.description = description;
    }
}
