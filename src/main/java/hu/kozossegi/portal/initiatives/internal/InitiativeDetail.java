package hu.kozossegi.portal.initiatives.internal;

import java.time.LocalDate;
import java.util.List;

import hu.kozossegi.portal.initiatives.InitiativeStatus;

/** Everything the detail page shows of an initiative, read with a fixed number of statements. */
public record InitiativeDetail(Head head, List<Place> settlements, List<Person> workers, List<Theme> themes,
        List<FundingLine> funding, List<OutcomeLine> outcomes, List<NoteLine> notes) {

    public record Head(long id, long version, String title, long primarySettlementId, String primarySettlementName,
            String countyCode, String countyName, Long programmeId, String programmeName, InitiativeStatus status,
            LocalDate startDate, LocalDate endDate, Long leadWorkerId, String leadWorkerName,
            String needAssessment, String actionProgramme, Integer residentParticipants) {
    }

    public record Place(long id, String name, String countyName) {
    }

    public record Person(long id, String fullName, String countyName) {
    }

    public record Theme(String code, String nameHu, String nameEn) {

        public String name(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameHu;
        }
    }

    public record FundingLine(String source, long amountHuf) {
    }

    public record OutcomeLine(long id, OutcomeType type, String name, LocalDate achievedOn, String description) {
    }

    public record NoteLine(long id, LocalDate notedOn, String text, String author, String authorName) {
    }

    public long fundingTotal() {
        return funding.stream().mapToLong(FundingLine::amountHuf).sum();
    }
}
