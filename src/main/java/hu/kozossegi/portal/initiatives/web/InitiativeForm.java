package hu.kozossegi.portal.initiatives.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the initiative form submits. Dates and numbers stay text so that whatever was typed comes back on an
 * error; settlements are typed names resolved on the server; workers are ids picked by a search step.
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
    private String status;
    private String startDate = "";
    private String endDate = "";
    private Long leadWorkerId;
    private List<Long> workerIds = new ArrayList<>();
    private String workerQuery = "";
    private List<String> themes = new ArrayList<>();
    @Size(max = 20000, message = "{initiative.error.textTooLong}")
    private String needAssessment = "";
    @Size(max = 20000, message = "{initiative.error.textTooLong}")
    private String actionProgramme = "";
    private String residentParticipants = "";
    @Valid
    private List<FundingRow> funding = new ArrayList<>();

    /** One funding line as typed. */
    static class FundingRow {
        @Size(max = 200, message = "{initiative.error.fundingSourceTooLong}")
        private String source = "";
        private String amount = "";

        FundingRow() {
        }

        FundingRow(String source, String amount) {
            this.source = source;
            this.amount = amount;
        }

        boolean blank() {
            return isBlank(source) && isBlank(amount);
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Empty rows so the user can type further settlements and funding lines. */
    void padRows(int extra) {
        otherSettlements.removeIf(InitiativeForm::isBlank);
        funding.removeIf(FundingRow::blank);
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
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

    public String getResidentParticipants() {
        return residentParticipants;
    }

    public void setResidentParticipants(String residentParticipants) {
        this.residentParticipants = residentParticipants;
    }

    public List<FundingRow> getFunding() {
        return funding;
    }

    public void setFunding(List<FundingRow> funding) {
        this.funding = funding;
    }
}
