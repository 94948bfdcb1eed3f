package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A dated step of an enrolled organisation's development plan: done (on a day) or not yet. */
@Entity
@Table(name = "capacity_milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Version
    private long version;

    protected Milestone() {
    }

    public Milestone(long enrolmentId, String title, LocalDate dueOn, LocalDate doneOn) {
        this.enrolmentId = enrolmentId;
        update(title, dueOn, doneOn);
    }

    public final void update(String title, LocalDate dueOn, LocalDate doneOn) {
        this.title = title;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
    }

    public Long getId() {
        return id;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public long getVersion() {
        return version;
    }
}
