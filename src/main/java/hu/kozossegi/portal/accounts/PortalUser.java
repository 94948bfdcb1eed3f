package hu.kozossegi.portal.accounts;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as the rest of the portal sees it: who, which role, which county. */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String fullName;
    private final Role role;
    private final String countyCode;
    private final String countyName;
    private final boolean mustChangePassword;
    private final boolean enabled;
    private final boolean nonLocked;
    private String passwordHash;

    public PortalUser(long id, String username, String fullName, Role role, String countyCode, String countyName,
            boolean mustChangePassword, boolean enabled, boolean nonLocked, String passwordHash) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.countyCode = countyCode;
        this.countyName = countyName;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    /** The county of a county role; {@code null} for the national office. */
    public String countyCode() {
        return countyCode;
    }

    public String countyName() {
        return countyName;
    }

    public boolean isNationalOffice() {
        return role == Role.NATIONAL_OFFICE;
    }

    /** The national office, or a user of the given county role (who may create records of a kind). */
    public boolean isNationalOfficeOr(Role countyRole) {
        return isNationalOffice() || role == countyRole;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public PortalUser withPasswordChanged(String newHash) {
        return new PortalUser(id, username, fullName, role, countyCode, countyName, false, enabled, nonLocked,
                newHash);
    }

    // Getter-style accessors for templates (Thymeleaf/SpEL read bean properties).
    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getCountyName() {
        return countyName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + ", " + countyCode + "]";
    }
}
