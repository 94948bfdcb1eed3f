/**
 * Capacity building: organisations and informal groups enrolled in a programme, their entry and exit assessments
 * on fixed dimensions, development-plan milestones, the trainings and mentoring they took part in, the programme's
 * targets for its whole period and the programme report for its funder (HTML, PDF, XLSX, CSV).
 *
 * <p>Writes only its own tables ({@code capacity_enrolment}, {@code capacity_assessment},
 * {@code capacity_assessment_score}, {@code capacity_milestone}, {@code programme_target_set},
 * {@code programme_target}, the practice take-ups {@code practice_takeup} and {@code practice_takeup_stage}) and the organisation columns it added to {@code event_attendance} and
 * {@code activity_event} (through the activities module's forms). It reads these tables of other modules with SQL
 * (read only): {@code organisation}, {@code organisation_initiative} (organisations); {@code programme},
 * {@code initiative}, {@code initiative_outcome} (initiatives); {@code county}, {@code settlement} (geography);
 * {@code activity_event}, {@code event_attendance}, {@code exchange_visit}, {@code exchange_visit_party}
 * (activities); {@code practice} (practices); {@code community_worker} (people, the name only).
 */
@ReadsTables({"activity_event", "community_worker", "county", "event_attendance", "exchange_visit",
        "exchange_visit_party", "initiative", "initiative_outcome", "organisation", "organisation_initiative", "practice",
        "programme", "settlement"})
package hu.kozossegi.portal.capacity;

import hu.kozossegi.portal.shared.db.ReadsTables;
