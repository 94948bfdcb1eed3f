package hu.kozossegi.portal.capacity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.capacity.internal.ProgrammeIndicator;
import hu.kozossegi.portal.capacity.internal.TargetSet;
import hu.kozossegi.portal.capacity.internal.TargetValue;
import org.springframework.validation.BindingResult;

/**
 * A programme's targets for its whole period: organisations to enrol per county, and one number per other
 * indicator; an empty field is no target. Bound through setters, so a number that does not parse keeps its text.
 */
class ProgrammeTargetForm {

    /** The largest target a field takes. */
    static final int MAX = 1_000_000;

    private Long version = -1L;
    private Map<String, Integer> enrolled = new LinkedHashMap<>();
    @ProgrammeTargetNumber
    private Integer trainingsHeld;
    @ProgrammeTargetNumber
    private Integer trainingHours;
    @ProgrammeTargetNumber
    private Integer participants;
    @ProgrammeTargetNumber
    private Integer mentoringSessions;
    @ProgrammeTargetNumber
    private Integer initiativesRealised;
    @ProgrammeTargetNumber
    private Integer outcomes;
    @ProgrammeTargetNumber
    private Integer practicesTakenUp;

    static ProgrammeTargetForm of(TargetSet set) {
        ProgrammeTargetForm form = new ProgrammeTargetForm();
        form.version = set.getVersion();
        for (TargetValue t : set.getTargets()) {
            switch (t.getIndicator()) {
                case ORGANISATIONS_ENROLLED -> form.enrolled.put(t.getCountyCode(), t.getTarget());
                case TRAININGS_HELD -> form.trainingsHeld = t.getTarget();
                case TRAINING_HOURS -> form.trainingHours = t.getTarget();
                case PARTICIPANTS -> form.participants = t.getTarget();
                case MENTORING_SESSIONS -> form.mentoringSessions = t.getTarget();
                case INITIATIVES_REALISED -> form.initiativesRealised = t.getTarget();
                case OUTCOMES -> form.outcomes = t.getTarget();
                case PRACTICES_TAKEN_UP -> form.practicesTakenUp = t.getTarget();
            }
        }
        return form;
    }

    /** The targets typed; a county code that is not offered or a number out of range is a field error. */
    List<TargetValue> values(List<String> countyCodes, BindingResult errors) {
        List<TargetValue> values = new ArrayList<>();
        enrolled.forEach((county, target) -> {
            String field = "enrolled[" + county + "]";
            if (!countyCodes.contains(county)) {
                errors.reject("programmeTarget.error.county");
            } else if (target != null && (target < 0 || target > MAX)) {
                errors.rejectValue(field, "programmeTarget.error.range");
            } else if (target != null) {
                values.add(new TargetValue(ProgrammeIndicator.ORGANISATIONS_ENROLLED, county, target));
            }
        });
        add(values, ProgrammeIndicator.TRAININGS_HELD, trainingsHeld);
        add(values, ProgrammeIndicator.TRAINING_HOURS, trainingHours);
        add(values, ProgrammeIndicator.PARTICIPANTS, participants);
        add(values, ProgrammeIndicator.MENTORING_SESSIONS, mentoringSessions);
        add(values, ProgrammeIndicator.INITIATIVES_REALISED, initiativesRealised);
        add(values, ProgrammeIndicator.OUTCOMES, outcomes);
        add(values, ProgrammeIndicator.PRACTICES_TAKEN_UP, practicesTakenUp);
        return values;
    }

    private static void add(List<TargetValue> values, ProgrammeIndicator indicator, Integer target) {
        if (target != null && target >= 0) {
            values.add(new TargetValue(indicator, null, target));
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Map<String, Integer> getEnrolled() {
        return enrolled;
    }

    public void setEnrolled(Map<String, Integer> enrolled) {
        this.enrolled = enrolled;
    }

    public Integer getTrainingsHeld() {
        return trainingsHeld;
    }

    public void setTrainingsHeld(Integer trainingsHeld) {
        this.trainingsHeld = trainingsHeld;
    }

    public Integer getTrainingHours() {
        return trainingHours;
    }

    public void setTrainingHours(Integer trainingHours) {
        this.trainingHours = trainingHours;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getMentoringSessions() {
        return mentoringSessions;
    }

    public void setMentoringSessions(Integer mentoringSessions) {
        this.mentoringSessions = mentoringSessions;
    }

    public Integer getInitiativesRealised() {
        return initiativesRealised;
    }

    public void setInitiativesRealised(Integer initiativesRealised) {
        this.initiativesRealised = initiativesRealised;
    }

    public Integer getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(Integer outcomes) {
        this.outcomes = outcomes;
    }

    public Integer getPracticesTakenUp() {
        return practicesTakenUp;
    }

    public void setPracticesTakenUp(Integer practicesTakenUp) {
        this.practicesTakenUp = practicesTakenUp;
    }
}
