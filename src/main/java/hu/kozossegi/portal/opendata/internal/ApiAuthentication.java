package hu.kozossegi.portal.opendata.internal;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an active API token; its principal is the token (never a person). */
public final class ApiAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "API_READ";

    private final ApiTokens.ActiveToken token;

    ApiAuthentication(ApiTokens.ActiveToken token) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.token = token;
        setAuthenticated(true);
    }

    public ApiScope scope() {
        return token.scope();
    }

    public long tokenId() {
        return token.id();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return token;
    }

    @Override
    public String getName() {
        return "api-token-" + token.id();
    }
}
