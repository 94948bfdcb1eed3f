package hu.kozossegi.portal.capacity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One dimension's score (1 to 4) with a note. */
@Embeddable
public class Score {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Dimension dimension;

    @Column(nullable = false)
    private short score;

    @Column(length = 500)
    private String note;

    protected Score() {
    }

    public Score(Dimension dimension, int score, String note) {
        if (score < 1 || score > 4) {
            throw new IllegalArgumentException("score out of 1-4");
        }
        this.dimension = dimension;
        this.score = (short) score;
        this.note = note;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public int getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }
}
