package hu.kozossegi.portal.capacity.web;

import hu.kozossegi.portal.shared.web.FilterParams;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.capacity.internal.Assessment;
import hu.kozossegi.portal.capacity.internal.Dimension;
import hu.kozossegi.portal.capacity.internal.Score;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An entry or exit assessment: the day, and a score (1-4) with a note on every dimension. One field pair per
 * dimension ({@link #FIELDS}{@code Score}, {@code Note}), declared in the order of {@link Dimension} (the order the
 * form shows and the error summary follows); reading and filling them goes through that list, never field by field.
 */
class AssessmentForm {

    /** The form's field name prefixes, one per {@link Dimension} in the same order. */
    static final List<String> FIELDS = List.of("governance", "planning", "fundraising", "communication", "partnerships", "community");

    private Long version = -1L;
    @NotNull(message = "{assessment.error.assessedOnRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    @AssessmentScore
    private Integer governanceScore;
    @Size(max = 500, message = "{assessment.error.noteTooLong}")
    private String governanceNote = "";
    @AssessmentScore
    private Integer planningScore;
    @Size(max = 500, message = "{assessment.error.noteTooLong}")
    private String planningNote = "";
    @AssessmentScore
    private Integer fundraisingScore;
    @Size(max = 500, message = "{assessment.error.noteTooLong}")
    private String fundraisingNote = "";
    @AssessmentScore
    private Integer communicationScore;
    @Size(max = 500, message = "{assessment.error.noteTooLong}")
    private String communicationNote = "";
    @AssessmentScore
    private Integer partnershipsScore;
    @Size(max = 500, message = "{assessment.error.noteTooLong}")
    private String partnershipsNote = "";
    @AssessmentScore
    private Integer communityScore;
    @Size(max = 500, message = "{assessment.error.noteTooLong}")
    private String communityNote = "";

    static AssessmentForm of(Assessment a) {
        AssessmentForm form = new AssessmentForm();
        form.version = a.getVersion();
        form.assessedOn = a.getAssessedOn();
        BeanWrapper fields = new BeanWrapperImpl(form);
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            String field = FIELDS.get(i);
            a.score(dimensions[i]).ifPresent(s -> {
                fields.setPropertyValue(field + "Score", s.getScore());
                fields.setPropertyValue(field + "Note", s.getNote() == null ? "" : s.getNote());
            });
        }
        return form;
    }

    /** The scores, once the form is valid. */
    Map<Dimension, Score> scores() {
        BeanWrapper fields = new BeanWrapperImpl(this);
        Map<Dimension, Score> scores = new EnumMap<>(Dimension.class);
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            String field = FIELDS.get(i);
            scores.put(dimensions[i], new Score(dimensions[i], (Integer) fields.getPropertyValue(field + "Score"),
                    FilterParams.blankToNull((String) fields.getPropertyValue(field + "Note"))));
        }
        return scores;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }


    public Integer getGovernanceScore() {
        return governanceScore;
    }

    public void setGovernanceScore(Integer value) {
        this.governanceScore = value;
    }

    public String getGovernanceNote() {
        return governanceNote;
    }

    public void setGovernanceNote(String value) {
        this.governanceNote = value;
    }
    public Integer getPlanningScore() {
        return planningScore;
    }

    public void setPlanningScore(Integer value) {
        this.planningScore = value;
    }

    public String getPlanningNote() {
        return planningNote;
    }

    public void setPlanningNote(String value) {
        this.planningNote = value;
    }
    public Integer getFundraisingScore() {
        return fundraisingScore;
    }

    public void setFundraisingScore(Integer value) {
        this.fundraisingScore = value;
    }

    public String getFundraisingNote() {
        return fundraisingNote;
    }

    public void setFundraisingNote(String value) {
        this.fundraisingNote = value;
    }
    public Integer getCommunicationScore() {
        return communicationScore;
    }

    public void setCommunicationScore(Integer value) {
        this.communicationScore = value;
    }

    public String getCommunicationNote() {
        return communicationNote;
    }

    public void setCommunicationNote(String value) {
        this.communicationNote = value;
    }
    public Integer getPartnershipsScore() {
        return partnershipsScore;
    }

    public void setPartnershipsScore(Integer value) {
        this.partnershipsScore = value;
    }

    public String getPartnershipsNote() {
        return partnershipsNote;
    }

    public void setPartnershipsNote(String value) {
        this.partnershipsNote = value;
    }
    public Integer getCommunityScore() {
        return communityScore;
    }

    public void setCommunityScore(Integer value) {
        this.communityScore = value;
    }

    public String getCommunityNote() {
        return communityNote;
    }

    public void setCommunityNote(String value) {
        this.communityNote = value;
    }
}
