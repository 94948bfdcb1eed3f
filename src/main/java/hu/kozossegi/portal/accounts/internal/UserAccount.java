package hu.kozossegi.portal.accounts.internal;

import java.time.Instant;

import hu.kozossegi.portal.accounts.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.persistence.EntityListeners;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import org.springframework.data.annotation.CreatedDate;

/** A portal account. Accounts are disabled, never deleted, so history keeps its names. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "county_code", columnDefinition = "bpchar")
    private String countyCode;

    private boolean active = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    @CreatedDate
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String email, Role role, String countyCode,
            String passwordHash, boolean mustChangePassword) {
        if (role.isCountyRole() == (countyCode == null)) {
            throw new IllegalArgumentException("county roles need a county, the national office none");
        }
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.countyCode = countyCode;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.passwordChangedAt = Instant.now();
    }

    /** The national office's edit. County roles need a county, the national office none. */
    public void update(String fullName, String email, Role role, String countyCode, boolean active) {
        if (role.isCountyRole() == (countyCode == null)) {
            throw new IllegalArgumentException("county roles need a county, the national office none");
        }
        this.fullName = fullName;
        this.email = email;
        this.role = role;
        this.countyCode = countyCode;
        this.active = active;
    }

    /** A password set by the national office: valid once, to be changed at the next sign-in. */
    public void setOneTimePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
        this.passwordChangedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getVersion() {
        return version;
    }
}
