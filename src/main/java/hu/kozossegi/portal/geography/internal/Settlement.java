package hu.kozossegi.portal.geography.internal;

import java.math.BigDecimal;
import java.time.Instant;

import hu.kozossegi.portal.geography.SettlementType;
import hu.kozossegi.portal.shared.web.FilterParams;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.EntityListeners;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.data.annotation.LastModifiedDate;

/** A settlement of the registry; every change is kept by Envers in {@code settlement_aud}. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "settlement")
@Audited
public class Settlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "county_code", nullable = false, columnDefinition = "bpchar")
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SettlementType type;

    @Column(name = "parent_id")
    private Long parentId;

    private Integer population;

    @Column(name = "ksh_code", length = 10)
    private String kshCode;

    @Column(name = "micro_region", length = 120)
    private String microRegion;

    @Column(nullable = false)
    private boolean disadvantaged;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Version
    private long version;

    @NotAudited
    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Settlement() {
    }

    public Settlement(SettlementData data) {
        apply(data);
    }

    /** Takes over every editable field; the caller has validated {@code data} against {@link SettlementRules}. */
    public final void apply(SettlementData data) {
        this.name = data.name().trim();
        this.countyCode = data.countyCode();
        this.type = data.type();
        this.parentId = data.parentId();
        this.population = data.population();
        this.kshCode = FilterParams.blankToNull(data.kshCode());
        this.microRegion = FilterParams.blankToNull(data.microRegion());
        this.disadvantaged = data.disadvantaged();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
    }

    public SettlementData data() {
        return new SettlementData(name, countyCode, type, parentId, population, kshCode, microRegion, disadvantaged,
                latitude, longitude);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public SettlementType getType() {
        return type;
    }

    public long getVersion() {
        return version;
    }
}
