package hu.kozossegi.portal.activities.web;

import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.geography.SettlementNameResolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import hu.kozossegi.portal.activities.internal.FollowUp;
import hu.kozossegi.portal.activities.internal.Visit;
import hu.kozossegi.portal.activities.internal.VisitStatus;
import hu.kozossegi.portal.geography.SettlementSummary;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The exchange-visit form; settlements and initiatives are typed by name, one visiting settlement or
 * initiative a line; initiatives picked among candidates come back as ids. */
class VisitForm {

    @NotNull(message = "{visit.error.dateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitDate;

    @NotNull(message = "{visit.error.statusRequired}")
    private VisitStatus status = VisitStatus.PLANNED;

    private String county;

    @NotBlank(message = "{visit.error.hostRequired}")
    @Size(max = 160, message = "{event.error.tooLong}")
    private String hostSettlement;

    @Size(max = 200, message = "{event.error.tooLong}")
    private String hostInitiative;

    private Long hostInitiativeId;

    @Size(max = 4000, message = "{event.error.tooLong}")
    private String visitingSettlements;

    @Size(max = 4000, message = "{event.error.tooLong}")
    private String visitingInitiatives;

    private List<Long> visitingInitiativeIds = new ArrayList<>();

    @NotNull(message = "{visit.error.participantsRequired}")
    @Min(value = 0, message = "{visit.error.participants}")
    @Max(value = 10000, message = "{visit.error.participants}")
    private Integer otherParticipants = 0;

    @NotBlank(message = "{visit.error.purposeRequired}")
    @Size(max = 4000, message = "{event.error.tooLong}")
    private String purpose;

    @Size(max = 8000, message = "{event.error.tooLong}")
    private String learned;

    private FollowUp followUp;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate followUpDate;

    @Size(max = 4000, message = "{event.error.tooLong}")
    private String followUpNote;

    private Long version;

    static VisitForm empty(String county) {
        VisitForm form = new VisitForm();
        form.county = county;
        return form;
    }

    static VisitForm of(Visit v, SettlementSummary host, List<SettlementSummary> visiting,
            InitiativeSummary hostInitiative, List<InitiativeSummary> visitingInitiatives) {
        VisitForm f = new VisitForm();
        f.visitDate = v.getVisitDate();
        f.status = v.getStatus();
        f.county = v.getCountyCode();
        f.hostSettlement = host == null ? "" : SettlementNameResolver.label(host);
        f.visitingSettlements = visiting.stream().map(SettlementNameResolver::label).collect(Collectors.joining("\n"));
        f.hostInitiative = hostInitiative == null ? null : hostInitiative.title();
        f.hostInitiativeId = hostInitiative == null ? null : hostInitiative.id();
        f.visitingInitiatives = visitingInitiatives.stream().map(InitiativeSummary::title)
                .collect(Collectors.joining("\n"));
        f.visitingInitiativeIds = new ArrayList<>(visitingInitiatives.stream().map(InitiativeSummary::id).toList());
        f.otherParticipants = v.getOtherParticipants();
        f.purpose = v.getPurpose();
        f.learned = v.getLearned();
        f.followUp = v.getFollowUp();
        f.followUpDate = v.getFollowUpDate();
        f.followUpNote = v.getFollowUpNote();
        f.version = v.getVersion();
        return f;
    }

    String countyCode() {
        return FilterParams.blankToNull(county);
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public void setStatus(VisitStatus status) {
        this.status = status;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getHostSettlement() {
        return hostSettlement;
    }

    public void setHostSettlement(String hostSettlement) {
        this.hostSettlement = hostSettlement;
    }

    public String getVisitingSettlements() {
        return visitingSettlements;
    }

    public void setVisitingSettlements(String visitingSettlements) {
        this.visitingSettlements = visitingSettlements;
    }

    public Integer getOtherParticipants() {
        return otherParticipants;
    }

    public void setOtherParticipants(Integer otherParticipants) {
        this.otherParticipants = otherParticipants;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public void setFollowUp(FollowUp followUp) {
        this.followUp = followUp;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }

    public String getHostInitiative() {
        return hostInitiative;
    }

    public void setHostInitiative(String hostInitiative) {
        this.hostInitiative = hostInitiative;
    }

    public Long getHostInitiativeId() {
        return hostInitiativeId;
    }

    public void setHostInitiativeId(Long hostInitiativeId) {
        this.hostInitiativeId = hostInitiativeId;
    }

    public String getVisitingInitiatives() {
        return visitingInitiatives;
    }

    public void setVisitingInitiatives(String visitingInitiatives) {
        this.visitingInitiatives = visitingInitiatives;
    }

    public List<Long> getVisitingInitiativeIds() {
        return visitingInitiativeIds;
    }

    public void setVisitingInitiativeIds(List<Long> visitingInitiativeIds) {
        this.visitingInitiativeIds = visitingInitiativeIds == null ? new ArrayList<>() : visitingInitiativeIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
