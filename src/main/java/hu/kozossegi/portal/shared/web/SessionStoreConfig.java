package hu.kozossegi.portal.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions are kept in PostgreSQL (Spring Session JDBC, tables of V3). Several requests of one browser that arrive
 * together (tabs restored at start, a page and its downloads) may each store the same new session attribute, such
 * as the CSRF token after sign-in; with the plain INSERT the second one failed on the primary key and the user saw an
 * error page. Spring Session's PostgreSQL statements write attributes with {@code ON CONFLICT DO UPDATE} instead.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
