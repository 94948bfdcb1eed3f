package hu.kozossegi.portal.reporting.internal;

import static hu.kozossegi.portal.reporting.internal.Indicator.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Short natural sentences about the national totals, in the reader's language (Hungarian or English). */
@Component
public class ReportSentences {

    private final MessageSource messages;

    ReportSentences(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> national(AnnualReport report, Locale locale) {
        ReportRow n = report.nationalRow();
        List<String> sentences = new ArrayList<>();
        String inYear = msg(locale, "report.sentence.inYear", report.year(), inessive(report.year()));
        sentences.add(msg(locale, "report.sentence.initiatives", inYear, n.value(ACTIVE_INITIATIVES),
                n.value(NEW_INITIATIVES)));
        sentences.add(msg(locale, "report.sentence.settlements", n.value(SETTLEMENTS_REACHED), n.value(HOUSING_ESTATES),
                n.value(DISADVANTAGED_SETTLEMENTS), n.value(BUDAPEST_DISTRICTS)));
        sentences.add(msg(locale, "report.sentence.residents", n.value(RESIDENT_PARTICIPANTS)));
        sentences.add(msg(locale, "report.sentence.workers", n.value(ACTIVE_WORKERS), n.value(VOLUNTEER_WORKERS)));
        sentences.add(msg(locale, "report.sentence.events", n.value(WORKSHOPS_HELD), n.value(TRAININGS_HELD),
                n.value(CONSULTATIONS_HELD), n.value(CONFERENCES_HELD), n.value(ATTENDANCES), n.value(PARTICIPANTS)));
        sentences.add(msg(locale, "report.sentence.visits", n.value(VISITS_HELD), n.value(VISITING_PARTICIPANTS)));
        sentences.add(msg(locale, "report.sentence.outcomes", n.value(OUTCOMES_TOTAL), n.value(OUTCOMES_CLUB),
                n.value(OUTCOMES_SELF_HELP_GROUP), n.value(OUTCOMES_CIVIL_ORGANISATION)));
        sentences.add(msg(locale, "report.sentence.practices", n.value(PRACTICES_ACCREDITED)));
        if (report.has(ORGANISATIONS_SUPPORTED)) {
            // Not in a snapshot closed before the figure existed: its print stays as it was.
            sentences.add(msg(locale, "report.sentence.organisations", n.value(ORGANISATIONS_SUPPORTED),
                    n.value(ORGANISATIONS_FOUNDED)));
        }
        TargetsMet met = report.targetsMet(NEW_INITIATIVES);
        sentences.add(met.any() ? msg(locale, "report.sentence.targets", met.counties(), met.met())
                : msg(locale, "report.sentence.noTargets"));
        return sentences;
    }

    /**
     * The Hungarian inessive suffix of a year read aloud ("2005-ben", "2020-ban"): vowel harmony follows the
     * last non-zero part of the spoken number.
     */
    static String inessive(int year) {
        int ones = year % 10;
        int tens = year / 10 % 10;
        int hundreds = year / 100 % 10;
        if (ones != 0) {
            return ones == 3 || ones == 6 || ones == 8 ? "ban" : "ben";
        }
        if (tens != 0) {
            return tens == 2 || tens == 3 || tens == 6 || tens == 8 ? "ban" : "ben";
        }
        return hundreds != 0 ? "ban" : "ben";
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
