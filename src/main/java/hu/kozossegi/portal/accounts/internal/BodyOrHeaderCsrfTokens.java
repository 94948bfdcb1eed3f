package hu.kozossegi.portal.accounts.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF handling (masked tokens), except that a token in the query string is never
 * accepted: a URL ends up in logs, history and Referer headers, so a token there is as good as public. The
 * token comes in the form body or the header only; a request carrying one in its URL is refused (403).
 */
final class BodyOrHeaderCsrfTokens implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        if (inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
            return null;
        }
        return delegate.resolveCsrfTokenValue(request, csrfToken);
    }

    static boolean inQueryString(String query, String name) {
        return query != null && Arrays.stream(query.split("&"))
                .map(pair -> pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair)
                .anyMatch(key -> name.equals(URLDecoder.decode(key, StandardCharsets.UTF_8)));
    }
}
