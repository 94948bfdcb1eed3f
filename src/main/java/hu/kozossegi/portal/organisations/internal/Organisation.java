package hu.kozossegi.portal.organisations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import hu.kozossegi.portal.organisations.InitiativeRelation;
import hu.kozossegi.portal.organisations.OrganisationKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An organisation or informal group; every change (also of its initiative links) is kept by Envers in
 * {@code organisation_aud} and {@code organisation_initiative_aud}.
 */
@Entity
@Table(name = "organisation")
@Audited
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(name = "county_code", nullable = false, columnDefinition = "bpchar")
    private String countyCode;

    @Column(name = "seat_settlement_id", nullable = false)
    private long seatSettlementId;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    private String focus;

    @Column(name = "contact_name", length = 120)
    private String contactName;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "founded_outcome_id")
    private Long foundedOutcomeId;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "organisation_initiative", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "initiative_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private Map<Long, InitiativeRelation> initiatives = new LinkedHashMap<>();

    @Version
    private long version;

    @NotAudited
    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organisation() {
    }

    public Organisation(OrganisationData data) {
        apply(data);
    }

    /** Takes the new values; the outcome an organisation was founded as is never taken away once set. */
    public final void apply(OrganisationData data) {
        if (foundedOutcomeId != null && data.foundedOutcomeId() != null
                && !foundedOutcomeId.equals(data.foundedOutcomeId())) {
            throw new IllegalStateException("the organisation is already the outcome " + foundedOutcomeId);
        }
        this.name = data.name();
        this.kind = data.kind();
        this.countyCode = data.countyCode();
        this.seatSettlementId = data.seatSettlementId();
        this.foundedOn = data.foundedOn();
        this.focus = data.focus();
        this.contactName = data.contactName();
        this.contactEmail = data.contactEmail();
        this.contactPhone = data.contactPhone();
        this.active = data.active();
        if (data.foundedOutcomeId() != null) {
            this.foundedOutcomeId = data.foundedOutcomeId();
        }
        initiatives.keySet().retainAll(data.initiatives().keySet());
        initiatives.putAll(data.initiatives());
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public Long getFoundedOutcomeId() {
        return foundedOutcomeId;
    }

    public long getVersion() {
        return version;
    }
}
