package hu.kozossegi.portal.accounts.internal;

import java.io.IOException;
import java.util.List;

import hu.kozossegi.portal.accounts.PortalUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user holding a one-time password reaches nothing but the password change page until it is changed. */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String CHANGE_PATH = "/account/password";
    private static final List<String> ALLOWED_PREFIXES = List.of(CHANGE_PATH, "/logout", "/css/", "/js/", "/img/",
            "/error", "/favicon.ico");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PortalUser user && user.mustChangePassword()
                && !isAllowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.sendRedirect(request.getContextPath() + CHANGE_PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isAllowed(String path) {
        return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
