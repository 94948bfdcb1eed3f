package hu.kozossegi.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized plain form (not a file upload) with 413 and the friendly error page, before anything
 * reads it; without this, Tomcat would silently drop the parameters of a too large form and the user would see
 * a puzzling CSRF refusal. The limit (1 MB) fits the longest form: the report narrative's four texts of 20,000
 * characters each take at most 480 KB URL-encoded (an accented letter is two UTF-8 bytes, six characters
 * encoded), so a text within its own limit is never refused here but by its field's message, with the typed
 * text kept. Tomcat's own form limit ({@code server.tomcat.max-http-form-post-size}, 2 MB) is above it; file
 * uploads (multipart) have their own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxFormBytes;

    RequestSizeLimit(@Value("${portal.web.max-form-bytes:1048576}") long maxFormBytes) {
        this.maxFormBytes = maxFormBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                && request.getContentLengthLong() > maxFormBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
