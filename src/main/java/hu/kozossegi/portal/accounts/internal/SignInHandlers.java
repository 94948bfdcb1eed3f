package hu.kozossegi.portal.accounts.internal;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a sign-in: the per-address throttle before it, the lockout count and the audit log
 * after it. Every refusal looks the same to the person signing in (wrong username or password, or the
 * account cannot be used), so nobody learns whether a username exists.
 */
@Component
class SignInHandlers {

    static final String FAILURE_URL = "/login?error=1";
    private static final Pattern ABSOLUTE_URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*(.*)", Pattern.DOTALL);

    private final SignInLockout lockout;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    SignInHandlers(SignInLockout lockout, SignInThrottle throttle, AuditLog audit) {
        this.lockout = lockout;
        this.throttle = throttle;
        this.audit = audit;
    }

    SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                PortalUser user = (PortalUser) authentication.getPrincipal();
                lockout.reset(user.id(), request.getRemoteAddr());
                audit.record(AuditType.SIGN_IN, user.getUsername(), request.getRemoteAddr(), "");
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/dashboard");
        handler.setRedirectStrategy(SignInHandlers::redirectWithinThePortal);
        return handler;
    }

    AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            String username = truncate(request.getParameter("username"));
            String address = request.getRemoteAddr();
            throttle.recordFailure(address);
            boolean lockedNow = exception instanceof BadCredentialsException && username != null
                    && lockout.recordFailure(username, address);
            audit.record(AuditType.SIGN_IN_FAILED, username, address, reason(exception));
            if (lockedNow) {
                audit.record(AuditType.ACCOUNT_LOCKED, username, address, "");
            }
            response.sendRedirect(request.getContextPath() + FAILURE_URL);
        };
    }

    /** Refuses sign-in attempts from an address that has used up its failures, with 429 Too Many Requests. */
    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))
                        && !throttle.allows(request.getRemoteAddr())) {
                    audit.record(AuditType.SIGN_IN_THROTTLED, truncate(request.getParameter("username")),
                            request.getRemoteAddr(), "");
                    response.sendError(429);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * The page asked for before sign-in was saved as an absolute URL built from the request's Host header; only
     * its path and query are used, so the redirect never leaves the portal whatever Host the client sent.
     */
    static void redirectWithinThePortal(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        Matcher absolute = ABSOLUTE_URL.matcher(url);
        String path = absolute.matches() ? absolute.group(1) : request.getContextPath() + url;
        boolean local = path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
        response.sendRedirect(response.encodeRedirectURL(local ? path : request.getContextPath() + "/dashboard"));
    }

    private static String reason(AuthenticationException exception) {
        return switch (exception.getClass().getSimpleName()) {
            case "BadCredentialsException" -> "bad credentials";
            case "LockedException" -> "locked";
            case "DisabledException" -> "disabled";
            default -> exception.getClass().getSimpleName();
        };
    }

    private static String truncate(String value) {
        return value == null ? null : value.length() > 100 ? value.substring(0, 100) : value;
    }
}
