package hu.kozossegi.portal.accounts.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** No inline script or style anywhere: every script and stylesheet is a file of the portal's own. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /** Pages anyone may read without signing in. */
    static final String[] PUBLIC_PATHS = {
        "/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/actuator/health",
        "/actuator/health/**",
        // Calendar feeds: calendar apps cannot sign in; the feed controller checks the session or a secret token.
        "/events.ics", "/counties/*/events.ics"
    };

    /**
     * Pages anyone may read (GET only): the catalogue of good practices, one practice and its files. The
     * controllers show anonymous visitors accredited practices only; review and write routes stay protected.
     */
    static final String[] PUBLIC_GET_PATHS = {
        "/good-practices", "/good-practices/{id:\\d+}", "/good-practices/{id:\\d+}/files/{fileId:\\d+}",
        // Open data (opendata module) and the API's documentation page; /api/** has a chain of its own.
        "/open-data", "/open-data/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signIn,
            @Value("${portal.security.session-max-lifetime:12h}") Duration sessionMaxLifetime,
            @Value("${portal.security.secure-cookies:false}") boolean secureCookies) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .requestMatchers(HttpMethod.GET, PUBLIC_GET_PATHS).permitAll()
                .requestMatchers("/actuator/**", "/admin/**").hasRole("NATIONAL_OFFICE")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(signIn.successHandler())
                .failureHandler(signIn.failureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/?signedOut")
                .permitAll())
            // A new session id at sign-in (no session fixation); Spring Session keeps it in PostgreSQL.
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // HSTS on every https request; with secure cookies (behind TLS) on every response.
                .httpStrictTransportSecurity(hsts -> {
                    hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(true);
                    if (secureCookies) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                    }
                }))
            .csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOrHeaderCsrfTokens()))
            .addFilterBefore(new SessionLifetimeFilter(sessionMaxLifetime), SecurityContextHolderFilter.class)
            .addFilterBefore(signIn.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * Locked (for this address, see {@link AddressLockoutProvider}) and disabled accounts are refused only after
     * the password was checked, so a wrong password costs the same time and gives the same answer whether or not
     * the account exists, is locked or disabled.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder,
            SignInLockout lockout) {
        DaoAuthenticationProvider provider = new AddressLockoutProvider(users, lockout);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** {@code portal.security.secure-cookies=true} (behind TLS): the session cookie only ever travels over https. */
    @Bean
    @ConditionalOnBooleanProperty("portal.security.secure-cookies")
    DefaultCookieSerializerCustomizer secureSessionCookie() {
        return serializer -> serializer.setUseSecureCookie(true);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
