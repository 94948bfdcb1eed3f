package hu.kozossegi.portal.reporting.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link AnnualReports#refreshKeptFigures()} in the background. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReportScheduling {
}
