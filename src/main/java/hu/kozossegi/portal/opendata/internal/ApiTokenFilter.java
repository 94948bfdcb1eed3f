package hu.kozossegi.portal.opendata.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an {@code Authorization: Bearer} API token and applies its rate limit. A request without a valid
 * token stays anonymous (the API chain answers 401); a token over its limit gets 429 with Retry-After.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiRateLimit limit;

    ApiTokenFilter(ApiTokens tokens, ApiRateLimit limit) {
        this.tokens = tokens;
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiTokens.ActiveToken> token = bearer(request).flatMap(tokens::authenticate);
        if (token.isPresent()) {
            long waitSeconds = limit.tryRequest(token.get().id());
            if (waitSeconds > 0) {
                response.setHeader("Retry-After", String.valueOf(waitSeconds));
                ApiErrors.write(response, 429, "Too many requests for this token; retry after " + waitSeconds + " s.");
                return;
            }
            SecurityContextImpl context = new SecurityContextImpl(new ApiAuthentication(token.get()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }
}
