package hu.kozossegi.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters contain a NUL character with 400. PostgreSQL cannot store or compare
 * text holding NUL and fails the statement, which would otherwise surface as a 500 on any search (found by
 * wapiti on the good-practice search). No legitimate input of the portal contains NUL.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class NulCharacterGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        boolean nul = query != null && query.contains("%00");
        if (!nul) {
            nul = request.getParameterMap().entrySet().stream().anyMatch(entry -> entry.getKey().indexOf('\0') >= 0
                    || java.util.Arrays.stream(entry.getValue()).anyMatch(value -> value != null && value.indexOf('\0') >= 0));
        }
        if (nul) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
