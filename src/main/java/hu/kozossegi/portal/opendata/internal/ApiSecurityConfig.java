package hu.kozossegi.portal.opendata.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The security of {@code /api/**}, before the portal's own chain: stateless (no session is read or created, so
 * no CSRF token either), authenticated only by an API token; a session cookie opens nothing here, and a token
 * opens nothing elsewhere. Without a valid token: 401 with {@code WWW-Authenticate: Bearer}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimit limit)
            throws Exception {
        http
            .securityMatcher("/api/**")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, OPENAPI_PATH, OPENAPI_PATH + ".yaml", OPENAPI_PATH + "/**").permitAll()
                .anyRequest().hasAuthority(ApiAuthentication.AUTHORITY))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.requireExplicitSave(true))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable())
            .logout(logout -> logout.disable())
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, ex) -> unauthorized(response))
                // A signed-in session's user has no API authority: the API asks for a token all the same.
                .accessDeniedHandler((request, response, ex) -> unauthorized(response)))
            .addFilterBefore(new ApiTokenFilter(tokens, limit), AuthorizationFilter.class);
        return http.build();
    }

    private static void unauthorized(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"api\"");
        ApiErrors.write(response, 401, "An active API token is required: Authorization: Bearer <token>.");
    }
}
