package hu.kozossegi.portal.opendata.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code /api/v1} answers: records of the network, never a person's name or contact. Ids are the
 * portal's own database ids (stable); dates ISO 8601; codes in English upper case. A field without a value is
 * left out (the OpenAPI description lists the fields, none nullable).
 */
public final class ApiRecords {

    private ApiRecords() {
    }

    /** One page of a list, with where the neighbouring pages are. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApiPage<T>(List<T> items, PageInfo page, Links links) {
    }

    /** {@code number} counts from 1. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageInfo(int number, int size, long totalItems, int totalPages) {
    }

    /** Absolute URLs with the same filters; {@code next} and {@code prev} are left out at the ends. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Links(String self, String first, String last, String next, String prev) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Initiative(long id, String title, String status, LocalDate startDate, LocalDate endDate,
            String countyCode, String countyName, long settlementId, String settlementName, Long programmeId,
            String programmeName, Integer residentParticipants) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Settlement(long id, String name, String countyCode, String countyName, String type, Long parentId,
            Integer population, String kshCode, boolean disadvantaged, BigDecimal latitude, BigDecimal longitude) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(long id, String kind, String title, String topic, String status, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String countyCode, String countyName, Long venueSettlementId,
            String venueSettlementName, Long initiativeId, Integer capacity, BigDecimal trainingHours,
            long participants) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Visit(long id, LocalDate visitDate, String visitStatus, String countyCode, String countyName, long hostSettlementId,
            String hostSettlementName, Long hostInitiativeId, int otherParticipants, long workers, String followUp) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Practice(long id, String accreditationNumber, LocalDate accreditedOn, String title, String summary,
            String countyCode, String countyName, long settlementId, String settlementName, long initiativeId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Programme(long id, String name, String funder, int firstYear, Integer lastYear, long initiatives) {
    }

    /** An organisation or informal group: never its contact person. {@code initiatives}: the linked ones. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organisation(long id, String name, String kind, String countyCode, String countyName,
            long seatSettlementId, String seatSettlementName, LocalDate foundedOn, String focus, boolean active,
            Long foundedOutcomeId, List<InitiativeLink> initiatives) {
    }

    /** An initiative an organisation runs ({@code RUNS}) or was born from ({@code BORN_FROM}). */
    public record InitiativeLink(long initiativeId, String relation) {
    }

    /** The filters of the lists; each list uses those that apply to it, null means any. */
    public record Filter(String county, Integer year, String status, String kind, String q) {
    }
}
