package hu.kozossegi.portal.home.internal;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Spring's cache abstraction (Caffeine, expiry set in application.properties) for the public figures. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class HomeCacheConfig {
}
