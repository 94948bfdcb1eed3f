package hu.kozossegi.portal.reporting.web;

import java.util.Locale;

import hu.kozossegi.portal.reporting.internal.AnnualReport;
import hu.kozossegi.portal.reporting.internal.Markdown;
import hu.kozossegi.portal.reporting.internal.ReportCharts;
import hu.kozossegi.portal.reporting.internal.ReportSentences;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Builds {@link ReportView}s; checks that a year in a URL is one the portal reports on (else 404). */
@Component
class ReportViews {

    /** The range the database accepts for a report year. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final MessageSource messages;
    private final ReportSentences sentences;
    private final ReportCharts charts;
    private final Markdown markdown;

    ReportViews(MessageSource messages, ReportSentences sentences, ReportCharts charts, Markdown markdown) {
        this.messages = messages;
        this.sentences = sentences;
        this.charts = charts;
        this.markdown = markdown;
    }

    ReportView view(AnnualReport report, Locale locale, String contextPath) {
        return new ReportView(report, locale, messages, sentences, charts, markdown, contextPath);
    }

    static int checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }
}
