package hu.kozossegi.portal.initiatives.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.initiatives.InitiativeStatus;
import hu.kozossegi.portal.shared.web.PlausibleDate;
import hu.kozossegi.portal.shared.web.RequiredWith;
import hu.kozossegi.portal.shared.web.WholeNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the initiative form submits, bound through setters: a date or number that does not convert is a
 * {@code typeMismatch} error at its field with the typed text shown again. Settlements are typed names resolved
 * on the server ({@code geography.SettlementNameResolver}); workers are ids picked by a search step.
 */
class InitiativeForm {

    static final int MIN_SETTLEMENT_ROWS = 3;
    static final int MIN_FUNDING_ROWS = 2;

    private long version;
    @NotBlank(message = "{initiative.error.titleRequired}")
    @Size(max = 200, message = "{initiative.error.titleTooLong}")
    private String title = "";
    @NotBlank(message = "{initiative.error.settlementRequired}")
    private String primarySettlement = "";
    private List<String> otherSettlements = new ArrayList<>();
    private Long programmeId;
    @NotNull(message = "{initiative.error.statusRequired}")
    private InitiativeStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(message = "{initiative.error.dateOutOfRange}")
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(message = "{initiative.error.dateOutOfRange}")
    private LocalDate endDate;
    private Long leadWorkerId;
    private List<Long> workerIds = new ArrayList<>();
    private String workerQuery = "";
    private List<String> themes = new ArrayList<>();
    @Size(max = 20000, message = "{initiative.error.textTooLong}")
    private String needAssessment = "";
    @Size(max = 20000, message = "{initiative.error.textTooLong}")
    private String actionProgramme = "";
    @Min(value = 0, message = "{initiative.error.countInvalid}")
    @Max(value = 1_000_000, message = "{initiative.error.countInvalid}")
    private Integer residentParticipants;
    @Valid
    private List<FundingRow> funding = new ArrayList<>();

    /** One funding line: a source and an amount in forints, both or neither. */
    @RequiredWith(field = "source", when = "amount", message = "{initiative.error.fundingSourceRequired}")
    @RequiredWith(field = "amount", when = "source", message = "{initiative.error.fundingAmountInvalid}")
    static class FundingRow {
        @Size(max = 200, message = "{initiative.error.fundingSourceTooLong}")
        private String source = "";
        @Min(value = 0, message = "{initiative.error.fundingAmountInvalid}")
        @WholeNumber
        private Long amount;

        FundingRow() {
        }

        FundingRow(String source, Long amount) {
            this.source = source;
            this.amount = amount;
        }

        boolean blank() {
            return isBlank(source) && amount == null;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Empty rows so the user can type further settlements and funding lines. */
    void padRows(int extra) {
        padRows(extra, true);
    }

    /**
     * Empty rows up to the minimum (and {@code extra} more); {@code compact} first drops the blank ones, which a
     * form with errors must not do, since its errors name the rows by position.
     */
    void padRows(int extra, boolean compact) {
        if (compact) {
            otherSettlements.removeIf(InitiativeForm::isBlank);
            funding.removeIf(row -> row == null || row.blank());
        }
        int settlementRows = Math.max(MIN_SETTLEMENT_ROWS, otherSettlements.size() + extra);
        while (otherSettlements.size() < settlementRows) {
            otherSettlements.add("");
        }
        int fundingRows = Math.max(MIN_FUNDING_ROWS, funding.size() + extra);
        while (funding.size() < fundingRows) {
            funding.add(new FundingRow());
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPrimarySettlement() {
        return primarySettlement;
    }

    public void setPrimarySettlement(String primarySettlement) {
        this.primarySettlement = primarySettlement;
    }

    public List<String> getOtherSettlements() {
        return otherSettlements;
    }

    public void setOtherSettlements(List<String> otherSettlements) {
        this.otherSettlements = otherSettlements;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getLeadWorkerId() {
        return leadWorkerId;
    }

    public void setLeadWorkerId(Long leadWorkerId) {
        this.leadWorkerId = leadWorkerId;
    }

    public List<Long> getWorkerIds() {
        return workerIds;
    }

    public void setWorkerIds(List<Long> workerIds) {
        this.workerIds = workerIds;
    }

    public String getWorkerQuery() {
        return workerQuery;
    }

    public void setWorkerQuery(String workerQuery) {
        this.workerQuery = workerQuery;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public String getNeedAssessment() {
        return needAssessment;
    }

    public void setNeedAssessment(String needAssessment) {
        this.needAssessment = needAssessment;
    }

    public String getActionProgramme() {
        return actionProgramme;
    }

    public void setActionProgramme(String actionProgramme) {
        this.actionProgramme = actionProgramme;
    }

    public Integer getResidentParticipants() {
        return residentParticipants;
    }

    public void setResidentParticipants(Integer residentParticipants) {
        this.residentParticipants = residentParticipants;
    }

    public List<FundingRow> getFunding() {
        return funding;
    }

    public void setFunding(List<FundingRow> funding) {
        this.funding = funding;
    }
}
