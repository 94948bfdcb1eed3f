package hu.kozossegi.portal.initiatives.internal;

import hu.kozossegi.portal.shared.rules.FieldViolationException;
import hu.kozossegi.portal.shared.web.FilterParams;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A funded programme initiatives may belong to; managed by the national office. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String funder;

    @Column(name = "first_year", nullable = false)
    private int firstYear;

    @Column(name = "last_year")
    private Integer lastYear;

    private String description;

    protected Programme() {
    }

    public Programme(String name, String funder, int firstYear, Integer lastYear, String description) {
        update(name, funder, firstYear, lastYear, description);
    }

    /**
     * Name and funder are kept trimmed, a blank description as none; a last year before the first is refused at
     * the last year's field (the form checks it first, {@code NotLessThan}).
     */
    public final void update(String name, String funder, int firstYear, Integer lastYear, String description) {
        if (lastYear != null && lastYear < firstYear) {
            throw new FieldViolationException("lastYear", "programme.error.lastBeforeFirst");
        }
        this.name = name.trim();
        this.funder = funder.trim();
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.description = FilterParams.blankToNull(description);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getFunder() {
        return funder;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public String getDescription() {
        return description;
    }
}
