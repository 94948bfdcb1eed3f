package hu.kozossegi.portal.activities.web;

import hu.kozossegi.portal.shared.web.FilterParams;
import java.math.BigDecimal;
import java.time.LocalDateTime;

import hu.kozossegi.portal.activities.internal.Event;
import hu.kozossegi.portal.activities.internal.EventKind;
import hu.kozossegi.portal.activities.internal.EventRules;
import hu.kozossegi.portal.activities.internal.EventStatus;
import hu.kozossegi.portal.initiatives.InitiativeSummary;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form (create and edit). Venue and facilitator are typed; the server resolves them. A bean rather
 * than a record so that a value that does not convert (a malformed date) still leaves the others bound.
 */
class EventForm {
    @NotNull(message = "{event.error.kindRequired}")
    private EventKind kind = EventKind.WORKSHOP;

    @NotBlank(message = "{event.error.titleRequired}") @Size(max = 200, message = "{event.error.tooLong}")
    private String title;

    @Size(max = 200, message = "{event.error.tooLong}")
    private String topic;

    @Size(max = 5000, message = "{event.error.tooLong}")
    private String description;

    private String county;

    @NotNull(message = "{event.error.startsAtRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime startsAt;

    @NotNull(message = "{event.error.endsAtRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime endsAt;

    @Size(max = 120, message = "{event.error.tooLong}")
    private String venueName;

    @Size(max = 200, message = "{event.error.tooLong}")
    private String venueAddress;

    private Long facilitatorUserId;

    @Size(max = 120, message = "{event.error.tooLong}")
    private String facilitatorName;

    @Positive(message = "{event.error.positive}")
    private Integer capacity;

    @Positive(message = "{event.error.positive}") @Digits(integer = 3, fraction = 1, message = "{event.error.hours}")
    private BigDecimal trainingHours;

    @Size(max = 200, message = "{event.error.tooLong}")
    private String initiativeTitle;

    private Long initiativeId;

    private Long organisationId;

    @NotNull(message = "{event.error.statusRequired}")
    private EventStatus status = EventStatus.SCHEDULED;

    @Size(max = 2000, message = "{event.error.tooLong}")
    private String cancelReason;

    @Size(max = 10000, message = "{event.error.tooLong}")
    private String summary;

    private boolean saveAnyway;

    private Long version;

    static EventForm empty(String county) {
        EventForm form = new EventForm();
        form.county = county;
        return form;
    }

    static EventForm of(Event e, String venueName, InitiativeSummary initiative) {
        EventForm f = new EventForm();
        f.kind = e.getKind();
        f.title = e.getTitle();
        f.topic = e.getTopic();
        f.description = e.getDescription();
        f.county = e.getCountyCode() == null ? "" : e.getCountyCode();
        f.startsAt = LocalDateTime.ofInstant(e.getStartsAt(), EventRules.ZONE);
        f.endsAt = LocalDateTime.ofInstant(e.getEndsAt(), EventRules.ZONE);
        f.venueName = venueName;
        f.venueAddress = e.getVenueAddress();
        f.facilitatorUserId = e.getFacilitatorUserId();
        f.facilitatorName = e.getFacilitatorName();
        f.capacity = e.getCapacity();
        f.trainingHours = whole(e.getTrainingHours());
        f.initiativeTitle = initiative == null ? null : initiative.title();
        f.initiativeId = initiative == null ? null : initiative.id();
        f.organisationId = e.getOrganisationId();
        f.status = e.getStatus();
        f.cancelReason = e.getCancelReason();
        f.summary = e.getSummary();
        f.version = e.getVersion();
        return f;
    }

    String countyCode() {
        return FilterParams.blankToNull(county);
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public Long getFacilitatorUserId() {
        return facilitatorUserId;
    }

    public void setFacilitatorUserId(Long facilitatorUserId) {
        this.facilitatorUserId = facilitatorUserId;
    }

    public String getFacilitatorName() {
        return facilitatorName;
    }

    public void setFacilitatorName(String facilitatorName) {
        this.facilitatorName = facilitatorName;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public BigDecimal getTrainingHours() {
        return trainingHours;
    }

    public void setTrainingHours(BigDecimal trainingHours) {
        this.trainingHours = trainingHours;
    }

    public String getInitiativeTitle() {
        return initiativeTitle;
    }

    public void setInitiativeTitle(String initiativeTitle) {
        this.initiativeTitle = initiativeTitle;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isSaveAnyway() {
        return saveAnyway;
    }

    public void setSaveAnyway(boolean saveAnyway) {
        this.saveAnyway = saveAnyway;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    /** Stored hours as typed: "6", not "6.0" (the column keeps one decimal place). */
    static BigDecimal whole(BigDecimal hours) {
        return hours != null && hours.stripTrailingZeros().scale() <= 0 ? hours.setScale(0) : hours;
    }
}
