package hu.kozossegi.portal.initiatives.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Funding obtained by an initiative: a source and an amount in forints. */
@Embeddable
public class Funding {

    @Column(name = "source", nullable = false, length = 200)
    private String source;

    @Column(name = "amount_huf", nullable = false)
    private long amountHuf;

    protected Funding() {
    }

    public Funding(String source, long amountHuf) {
        this.source = source;
        this.amountHuf = amountHuf;
    }

    public String getSource() {
        return source;
    }

    public long getAmountHuf() {
        return amountHuf;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Funding f && f.source.equals(source) && f.amountHuf == amountHuf;
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + Long.hashCode(amountHuf);
    }

    @Override
    public String toString() {
        return source + ": " + amountHuf;
    }
}
