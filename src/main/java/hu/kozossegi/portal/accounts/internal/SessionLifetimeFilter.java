package hu.kozossegi.portal.accounts.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: a session older than {@code maxLifetime} ends at its next request, however
 * busy it was (the idle timeout alone lets a session that is used every hour live for ever). Runs before the
 * security context is read, so the request goes on as anonymous and a page asks for sign-in again.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Duration maxLifetime;

    SessionLifetimeFilter(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > maxLifetime.toMillis()) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
