package hu.kozossegi.portal.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * The one clock: every service that needs "now" injects the {@link Clock} bean (Budapest time, the portal's
 * zone), and entities get their {@code @CreatedDate}/{@code @LastModifiedDate} timestamps from it through
 * Spring Data JPA auditing ({@code @EntityListeners(AuditingEntityListener.class)}), never by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = TimeConfig.DATE_TIME_PROVIDER)
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Europe/Budapest");
    static final String DATE_TIME_PROVIDER = "auditingDateTimeProvider";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZONE);
    }

    /**
     * Spring Data's mapping context and the auditing handler built on it read JPA's metamodel, so creating them
     * eagerly made the start-up thread wait for the entity manager factory, which Hibernate builds on a second
     * thread meanwhile. Nothing needs them before the (deferred) repositories or the first saved entity, so they
     * are created then, and the start-up thread goes on with the other beans.
     */
    @Bean
    static BeanFactoryPostProcessor lazyJpaMetamodelBeans() {
        return beanFactory -> {
            for (String name : new String[] {"jpaMappingContext", "jpaAuditingHandler"}) {
                if (beanFactory.containsBeanDefinition(name)) {
                    beanFactory.getBeanDefinition(name).setLazyInit(true);
                }
            }
        };
    }

    @Bean(DATE_TIME_PROVIDER)
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(Instant.now(clock));
    }
}
