/**
 * Events of the county support network (workshops, trainings, consultations, conferences), their attendance,
 * exchange visits between settlements, and the iCalendar feeds.
 */
package hu.kozossegi.portal.activities;
