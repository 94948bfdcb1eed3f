package hu.kozossegi.portal.people.internal;

import java.time.Instant;
import java.time.LocalDate;

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

/** A community worker; every change is kept by Envers in {@code community_worker_aud}. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "community_worker")
@Audited
public class CommunityWorker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "county_code", nullable = false, columnDefinition = "bpchar")
    private String countyCode;

    @Column(name = "settlement_id")
    private Long settlementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkerKind kind;

    @Column(length = 200)
    private String organisation;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    private String notes;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    private long version;

    @NotAudited
    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CommunityWorker() {
    }

    public CommunityWorker(WorkerData data) {
        apply(data);
    }

    public final void apply(WorkerData data) {
        if (anonymisedAt != null) {
            throw new IllegalStateException("an anonymised worker cannot be edited");
        }
        this.fullName = data.fullName();
        this.countyCode = data.countyCode();
        this.settlementId = data.settlementId();
        this.kind = data.kind();
        this.organisation = data.organisation();
        this.email = data.email();
        this.phone = data.phone();
        this.active = data.active();
        this.joinedOn = data.joinedOn();
        this.notes = data.notes();
    }

    /** GDPR erasure on request: personal data replaced, the record kept so reports still count it. */
    public void anonymise(Instant now) {
        if (anonymisedAt != null) {
            throw new IllegalStateException("already anonymised");
        }
        this.fullName = "Anonimizált közösségi munkás #" + id;
        this.organisation = null;
        this.email = null;
        this.phone = null;
        this.notes = null;
        this.anonymisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
