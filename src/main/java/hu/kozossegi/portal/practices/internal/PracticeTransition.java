package hu.kozossegi.portal.practices.internal;

import java.time.Instant;

import hu.kozossegi.portal.practices.PracticeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded state change of a practice: who, when, from which state to which, and the comment. */
@Entity
@Table(name = "practice_transition")
public class PracticeTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private PracticeStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private PracticeStatus to;

    @Column(nullable = false)
    private String actor;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    private String comment;

    protected PracticeTransition() {
    }

    PracticeTransition(PracticeStatus from, PracticeStatus to, Actor actor, Instant at, String comment) {
        this.from = from;
        this.to = to;
        this.actor = actor.username();
        this.actorName = actor.name();
        this.at = at;
        this.comment = comment;
    }

    public PracticeStatus from() {
        return from;
    }

    public PracticeStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String actorName() {
        return actorName;
    }

    public Instant at() {
        return at;
    }

    /** The time in Hungary, for pages. */
    public java.time.LocalDateTime localAt() {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Europe/Budapest"));
    }

    public String comment() {
        return comment;
    }
}
