package hu.kozossegi.portal.shared.web;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database is away, a request gets a plain 503 page with {@code Retry-After} within the pool's
 * connection timeout (2.5 s) instead of a 500 or a hang. The page is written here, outside the filters that
 * need the database themselves (sessions, security, the layout), in the language of the user's choice.
 * Service comes back by itself once the database answers again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailablePage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;

    DatabaseUnavailablePage(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (IOException | ServletException | RuntimeException ex) {
            if (!isDatabaseDown(ex) || response.isCommitted()) {
                throw ex;
            }
            logger.warn("Database unavailable: answering " + request.getRequestURI() + " with 503 (" + ex + ")");
            write(request, response);
        }
    }

    /** Whether the failure is the database being unreachable (not a bad statement or a rule). */
    static boolean isDatabaseDown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language(request);
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.503.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.503.text", null, locale));
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body><main id=\"main\" class=\"error-page\">"
                + "<h1>" + title + "</h1><p>" + text + "</p></main></body></html>\n");
        response.flushBuffer();
    }

    /** The language cookie of {@code LocaleConfig}, else the browser's English, else Hungarian. */
    private static Locale language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("KKP_LANG".equals(cookie.getName())) {
                    return cookie.getValue().startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("hu");
                }
            }
        }
        return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("hu");
    }
}
