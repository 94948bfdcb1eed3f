package hu.kozossegi.portal.capacity.web;

import java.util.List;
import java.util.function.Function;

import hu.kozossegi.portal.capacity.internal.Dimension;
import hu.kozossegi.portal.capacity.internal.TakeUpStage;
import hu.kozossegi.portal.geography.County;
import hu.kozossegi.portal.shared.web.ConflictLine;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * The assessment, programme targets, milestone, enrolment and take-up forms compared field by field with what someone else
 * saved meanwhile (docs/architecture.md, "Conflicts"), each with {@link ConflictLine#compare()}.
 */
final class CapacityConflicts {

    private CapacityConflicts() {
    }

    /** The day, then each dimension's score and note, in the order the form shows them. */
    static List<ConflictLine> between(AssessmentForm yours, AssessmentForm saved) {
        ConflictLine.Lines lines = ConflictLine.compare()
                .field("assessment.assessedOn", saved.getAssessedOn(), yours.getAssessedOn());
        BeanWrapper s = new BeanWrapperImpl(saved);
        BeanWrapper y = new BeanWrapperImpl(yours);
        Dimension[] dimensions = Dimension.values();
        for (int i = 0; i < dimensions.length; i++) {
            String score = AssessmentForm.FIELDS.get(i) + "Score";
            String note = AssessmentForm.FIELDS.get(i) + "Note";
            lines.field("assessment.conflict.score." + dimensions[i].name(), s.getPropertyValue(score),
                    y.getPropertyValue(score));
            lines.field("assessment.conflict.note." + dimensions[i].name(), s.getPropertyValue(note),
                    y.getPropertyValue(note));
        }
        return lines.list();
    }

    /** The indicators' targets, then the organisations to enrol, one line per county, its name before each value. */
    static List<ConflictLine> between(ProgrammeTargetForm yours, ProgrammeTargetForm saved, List<County> counties) {
        ConflictLine.Lines lines = ConflictLine.compare()
                .field("programmeReport.indicator.TRAININGS_HELD", saved.getTrainingsHeld(), yours.getTrainingsHeld())
                .field("programmeReport.indicator.TRAINING_HOURS", saved.getTrainingHours(), yours.getTrainingHours())
                .field("programmeReport.indicator.PARTICIPANTS", saved.getParticipants(), yours.getParticipants())
                .field("programmeReport.indicator.MENTORING_SESSIONS", saved.getMentoringSessions(),
                        yours.getMentoringSessions())
                .field("programmeReport.indicator.INITIATIVES_REALISED", saved.getInitiativesRealised(),
                        yours.getInitiativesRealised())
                .field("programmeReport.indicator.OUTCOMES", saved.getOutcomes(), yours.getOutcomes())
                .field("programmeReport.indicator.PRACTICES_TAKEN_UP", saved.getPracticesTakenUp(),
                        yours.getPracticesTakenUp());
        for (County county : counties) {
            // Lines.field adds the line only when the two texts differ.
            lines.field("programmeTarget.enrolledPerCounty",
                    county.name() + ": " + value(saved.getEnrolled().get(county.code())),
                    county.name() + ": " + value(yours.getEnrolled().get(county.code())));
        }
        return lines.list();
    }

    static List<ConflictLine> between(MilestoneForm yours, MilestoneForm saved) {
        return ConflictLine.compare()
                .field("milestone.titleField", saved.getTitle(), yours.getTitle())
                .field("milestone.dueOn", saved.getDueOn(), yours.getDueOn())
                .field("milestone.doneOnField", saved.getDoneOn(), yours.getDoneOn())
                .list();
    }

    static List<ConflictLine> between(EnrolmentForm yours, EnrolmentForm saved) {
        return ConflictLine.compare()
                .field("enrolment.enrolledOn", saved.getEnrolledOn(), yours.getEnrolledOn())
                .field("enrolment.leftOn", saved.getLeftOn(), yours.getLeftOn())
                .field("enrolment.note", saved.getNote(), yours.getNote())
                .list();
    }

    static List<ConflictLine> between(TakeUpForm yours, TakeUpForm saved, Function<TakeUpStage, String> stageLabel) {
        return ConflictLine.compare()
                .field("takeup.stage", stageLabel.apply(saved.getStage()), stageLabel.apply(yours.getStage()))
                .field("takeup.since", saved.getSince(), yours.getSince())
                .field("takeup.notes", saved.getNotes(), yours.getNotes())
                .list();
    }

    private static String value(Integer target) {
        return target == null ? "–" : target.toString();
    }
}
