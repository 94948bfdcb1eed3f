/**
 * Open data and the read API: the public {@code /open-data} downloads (the annual report's figures in long
 * form, the catalogue of accredited good practices, the settlements reached per year; CSV and JSON, licensed
 * CC BY 4.0) and the read-only JSON API {@code /api/v1} for partners' systems, with API tokens that the
 * national office issues and revokes, and its OpenAPI description.
 *
 * <p>The report figures and the settlements reached come from {@code reporting.ReportFigures}, never
 * recomputed here. The API's lists read these tables of other modules with SQL (read only, like
 * {@code reporting} and {@code home}): {@code county}, {@code region}, {@code settlement} (geography);
 * {@code initiative}, {@code initiative_settlement}, {@code programme} (initiatives); {@code activity_event} (with
 * its kept attendance counts), {@code exchange_visit}, {@code exchange_visit_worker} (activities); {@code practice},
 * {@code practice_theme} (practices); {@code organisation}, {@code organisation_initiative} (organisations). No column holding a person's name or contact (worker, facilitator,
 * practice contact, organisation contact, author) is ever selected. Its own table: {@code api_token}.
 */
@ReadsTables({"activity_event", "county", "exchange_visit", "exchange_visit_worker", "initiative",
        "initiative_settlement", "organisation", "organisation_initiative", "practice", "programme", "settlement"})
package hu.kozossegi.portal.opendata;

import hu.kozossegi.portal.shared.db.ReadsTables;
