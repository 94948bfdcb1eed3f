package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A dated progress note written by the county's staff. */
@Entity
@Table(name = "progress_note")
public class ProgressNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "author_name", length = 120)
    private String authorName;

    @Version
    private long version;

    protected ProgressNote() {
    }

    public ProgressNote(long initiativeId, LocalDate notedOn, String text, String author, String authorName) {
        this.initiativeId = initiativeId;
        this.notedOn = notedOn;
        this.text = text;
        this.author = author;
        this.authorName = authorName;
    }

    public Long getId() {
        return id;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }

    /** A correction of the date or the text; the author stays the one who wrote the note. */
    void update(LocalDate notedOn, String text) {
        this.notedOn = notedOn;
        this.text = text;
    }
}
