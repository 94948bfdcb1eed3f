/**
 * Events of the county support network (workshops, trainings, consultations, conferences), their attendance,
 * exchange visits between settlements, and the iCalendar feeds.
 */
@ReadsTables({"community_worker", "county", "initiative", "settlement", "user_account"})
package hu.kozossegi.portal.activities;

import hu.kozossegi.portal.shared.db.ReadsTables;
