package hu.kozossegi.portal.shared.db;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one way to keep data in memory: Spring's cache abstraction on the Caffeine cache manager. Reference data
 * (counties, regions, themes) is {@code @Cacheable(cacheNames = Caches.REFERENCE, key = "'<what>'")} on the bean
 * that reads it, kept until evicted ({@code @CacheEvict} where it can change). Figures derived from the portal's
 * data are kept by data version ({@link DataVersion}); markup rendered from such a value is kept keyed by the value
 * itself (the national report's tables, {@code reporting.web.ReportViews}). No hand-made map or volatile field caches
 * a query.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class Caches {

    /** Reference tables, changed only by migrations: no expiry. */
    public static final String REFERENCE = "reference";

    @Bean
    CacheManagerCustomizer<CaffeineCacheManager> referenceCache() {
        return manager -> manager.registerCustomCache(REFERENCE, Caffeine.newBuilder().maximumSize(100).build());
    }
}
