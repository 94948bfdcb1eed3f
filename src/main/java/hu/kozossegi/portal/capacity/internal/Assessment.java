package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The entry or exit assessment of an enrolled organisation: a score on every {@link Dimension}. */
@Entity
@Table(name = "capacity_assessment")
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stage stage;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "capacity_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    private List<Score> scores = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    public Assessment(long enrolmentId, Stage stage, LocalDate assessedOn, Map<Dimension, Score> scores) {
        this.enrolmentId = enrolmentId;
        this.stage = stage;
        update(assessedOn, scores);
    }

    /** Replaces the date and the scores; every dimension needs a score. */
    public final void update(LocalDate assessedOn, Map<Dimension, Score> byDimension) {
        for (Dimension d : Dimension.values()) {
            if (!byDimension.containsKey(d)) {
                throw new IllegalArgumentException("no score for " + d);
            }
        }
        this.assessedOn = assessedOn;
        scores.clear();
        for (Dimension d : Dimension.values()) {
            scores.add(byDimension.get(d));
        }
    }

    public Optional<Score> score(Dimension dimension) {
        return scores.stream().filter(s -> s.getDimension() == dimension).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public long getVersion() {
        return version;
    }
}
