package hu.kozossegi.portal.organisations.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hu.kozossegi.portal.shared.web.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the organisation form posts, bound through setters, fields in the order the page shows them (an unparseable
 * date is a {@code typeMismatch} error with the typed text kept); the seat is a typed settlement name resolved on the server;
 * initiatives are ids picked by a search step, each with its relation.
 */
class OrganisationForm {

    @NotBlank(message = "{organisation.error.nameRequired}")
    @Size(max = 200, message = "{organisation.error.nameTooLong}")
    private String name = "";
    @NotBlank(message = "{organisation.error.kindRequired}")
    private String kind = "";
    @NotBlank(message = "{organisation.error.countyRequired}")
    private String county = "";
    @NotBlank(message = "{organisation.error.seatRequired}")
    @Size(max = 200, message = "{organisation.error.seatTooLong}")
    private String seatSettlement = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PlausibleDate(minYear = 1800, message = "{organisation.error.foundedOnRange}")
    @PastOrPresent(message = "{organisation.error.foundedOnRange}")
    private LocalDate foundedOn;
    @Size(max = 4000, message = "{organisation.error.focusTooLong}")
    private String focus = "";
    @Size(max = 120, message = "{organisation.error.contactNameTooLong}")
    private String contactName = "";
    private String contactEmail = "";
    private String contactPhone = "";
    private boolean active = true;
    @Valid
    private List<LinkRow> links = new ArrayList<>();
    @Size(max = 100, message = "{organisation.error.queryTooLong}")
    private String initiativeQuery = "";
    private Long outcomeId;
    private long version;

    /** One linked initiative as posted. */
    static class LinkRow {
        private Long initiativeId;
        private String relation = "RUNS";

        LinkRow() {
        }

        LinkRow(Long initiativeId, String relation) {
            this.initiativeId = initiativeId;
            this.relation = relation;
        }

        public Long getInitiativeId() {
            return initiativeId;
        }

        public void setInitiativeId(Long initiativeId) {
            this.initiativeId = initiativeId;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String relation) {
            this.relation = relation;
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getSeatSettlement() {
        return seatSettlement;
    }

    public void setSeatSettlement(String seatSettlement) {
        this.seatSettlement = seatSettlement;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<LinkRow> getLinks() {
        return links;
    }

    public void setLinks(List<LinkRow> links) {
        this.links = links;
    }

    public String getInitiativeQuery() {
        return initiativeQuery;
    }

    public void setInitiativeQuery(String initiativeQuery) {
        this.initiativeQuery = initiativeQuery;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public void setOutcomeId(Long outcomeId) {
        this.outcomeId = outcomeId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
