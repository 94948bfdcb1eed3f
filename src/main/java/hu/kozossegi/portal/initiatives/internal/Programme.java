package hu.kozossegi.portal.initiatives.internal;

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

    public final void update(String name, String funder, int firstYear, Integer lastYear, String description) {
        if (lastYear != null && lastYear < firstYear) {
            throw new IllegalArgumentException("last year before first year");
        }
        this.name = name;
        this.funder = funder;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.description = description;
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
