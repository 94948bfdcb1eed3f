package hu.kozossegi.portal.capacity.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * An organisation taking part in a capacity-building programme, from the day it enrolled to the day it left. Its
 * changes are kept by Envers ({@code capacity_enrolment_aud}) and shown on its page.
 */
@Entity
@Audited
@Table(name = "capacity_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    private String note;

    @Version
    private long version;

    protected Enrolment() {
    }

    public Enrolment(long programmeId, long organisationId, LocalDate enrolledOn, LocalDate leftOn, String note) {
        this.programmeId = programmeId;
        this.organisationId = organisationId;
        update(enrolledOn, leftOn, note);
    }

    /** Changes the dates and note; leaving before enrolling is refused. */
    public final void update(LocalDate enrolledOn, LocalDate leftOn, String note) {
        if (leftOn != null && leftOn.isBefore(enrolledOn)) {
            throw new IllegalArgumentException("left before enrolling");
        }
        this.enrolledOn = enrolledOn;
        this.leftOn = leftOn;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getNote() {
        return note;
    }

    public long getVersion() {
        return version;
    }
}
