package hu.kozossegi.portal.shared.audit;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every refused request (403) goes into the audit log as {@link AuditType#ACCESS_DENIED} with who, method and
 * path, at most {@link #PER_MINUTE} entries per user (or address, when not signed in) and minute, so a script
 * hammering a refused route cannot flood the log. An outer filter sees the final status; an inner one, after
 * Spring Security, notes who the user was while the security context is still there.
 */
@Configuration(proxyBeanMethods = false)
class RefusedRequestAudit {

    static final int PER_MINUTE = 10;
    private static final String ACTOR = RefusedRequestAudit.class.getName() + ".actor";
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Window(long minute, AtomicInteger count) {
    }

    RefusedRequestAudit(Clock clock) {
        this.clock = clock;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> refusedRequestLogger(AuditLog audit) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                }
                finally {
                    if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                        String actor = actor(request);
                        if (allowed(actor == null ? "@" + request.getRemoteAddr() : actor)) {
                            record(audit, request, actor);
                        }
                    }
                }
            }
        });
        // Inside Spring Session's filter (so the session can be read), outside Spring Security's.
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return bean;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> refusedRequestActor() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String actor = AuditLog.currentActor();
                if (!"anonymous".equals(actor)) {
                    request.setAttribute(ACTOR, actor);
                }
                chain.doFilter(request, response);
            }
        });
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return bean;
    }

    /** A failing audit write must not turn the refusal into a server error. */
    private static void record(AuditLog audit, HttpServletRequest request, String actor) {
        try {
            audit.record(AuditType.ACCESS_DENIED, actor == null ? "anonymous" : actor, request.getRemoteAddr(),
                    request.getMethod() + " " + request.getRequestURI());
        }
        catch (RuntimeException ex) {
            LoggerFactory.getLogger(RefusedRequestAudit.class).warn("Could not audit a refused request", ex);
        }
    }

    private static String actor(HttpServletRequest request) {
        if (request.getAttribute(ACTOR) instanceof String actor) {
            return actor;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute("SPRING_SECURITY_CONTEXT") instanceof SecurityContext context
                && context.getAuthentication() != null) {
            return context.getAuthentication().getName();
        }
        return null;
    }

    private boolean allowed(String key) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.clear();
        }
        Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        return window.count().incrementAndGet() <= PER_MINUTE;
    }
}
