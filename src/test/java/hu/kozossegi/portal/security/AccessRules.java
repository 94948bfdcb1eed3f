package hu.kozossegi.portal.security;

import static hu.kozossegi.portal.security.AccessRule.apiToken;
import static hu.kozossegi.portal.security.AccessRule.countyWrite;
import static hu.kozossegi.portal.security.AccessRule.feed;
import static hu.kozossegi.portal.security.AccessRule.national;
import static hu.kozossegi.portal.security.AccessRule.open;
import static hu.kozossegi.portal.security.AccessRule.outsideTheMatrix;
import static hu.kozossegi.portal.security.AccessRule.signedIn;
import static hu.kozossegi.portal.security.AccessRule.withRole;

import hu.kozossegi.portal.accounts.Role;

import java.util.List;

/**
 * THE EXPECTED TABLE of {@link AccessControlMatrixTests}: one line per route (HTTP method + pattern exactly as
 * in the controller's mapping). A route of the application without a line here fails the test, and so does
 * a line without a route.
 *
 * <p>To add a module's routes, append one block with one line per route:
 * <ul>
 *   <li>{@code open("GET /x")} anyone, signed in or not;</li>
 *   <li>{@code signedIn("GET /x")} every signed-in user (reads of every county);</li>
 *   <li>{@code national("POST /admin/x")} the national office only (county staff 403);</li>
 *   <li>{@code countyWrite("POST /x/{id}", Role...)} national office, and staff of the record's own county
 *       with one of the roles (all county roles if none given); staff of another county and a wrong role 403.</li>
 * </ul>
 * A route with path variables gets real ids from {@code .ids(fixture)}: a {@link Fixtures.Fixture} that inserts
 * a row belonging to the county it is given (the own county of the matrix, {@link Actor#OWN_COUNTY}) and returns
 * the path variables. Without a fixture the variables are ids that do not exist (see {@link Fixtures#missing}):
 * then an allowed user may get 404, and a refused one 403 or 404, both of which prove that nothing was served.
 */
final class AccessRules {

    private AccessRules() {
    }

    static final List<AccessRule> RULES = List.of(
            // home
            open("GET /"),
            signedIn("GET /dashboard"),

            // accounts
            open("GET /login"),
            signedIn("GET /account"),
            signedIn("GET /account/password"),
            signedIn("POST /account/password"),
            national("GET /admin/users"),
            national("GET /admin/users/new"),
            national("POST /admin/users"),
            national("GET /admin/users/{id}/edit").ids(Fixtures::account),
            national("POST /admin/users/{id}").ids(Fixtures::account),
            national("POST /admin/users/{id}/unlock").ids(Fixtures::account),
            national("POST /admin/users/{id}/password").ids(Fixtures::account),
            national("GET /admin/audit"),

            // geography: settlements and their import
            signedIn("GET /settlements"),
            signedIn("GET /settlements.csv"),
            withRole("GET /settlements/new", Role.COUNTY_COORDINATOR),
            withRole("POST /settlements/new", Role.COUNTY_COORDINATOR),
            signedIn("GET /settlements/{id}").ids(Fixtures::settlement),
            countyWrite("GET /settlements/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::settlement),
            countyWrite("POST /settlements/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::settlement),
            withRole("GET /settlements/import", Role.COUNTY_COORDINATOR),
            withRole("POST /settlements/import", Role.COUNTY_COORDINATOR),
            withRole("GET /settlements/import/map", Role.COUNTY_COORDINATOR),
            withRole("POST /settlements/import/check", Role.COUNTY_COORDINATOR),
            withRole("POST /settlements/import/run", Role.COUNTY_COORDINATOR),

            // people: community workers
            signedIn("GET /workers"),
            signedIn("GET /workers.csv"),
            withRole("GET /workers/new", Role.COUNTY_COORDINATOR),
            withRole("POST /workers/new", Role.COUNTY_COORDINATOR),
            signedIn("GET /workers/{id}").ids(Fixtures::worker),
            countyWrite("GET /workers/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::worker),
            countyWrite("POST /workers/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::worker),
            national("GET /workers/{id}/anonymise").ids(Fixtures::worker),
            national("POST /workers/{id}/anonymise").ids(Fixtures::worker),

            // initiatives
            signedIn("GET /initiatives"),
            signedIn("GET /initiatives.csv"),
            withRole("GET /initiatives/new", Role.COUNTY_COORDINATOR),
            withRole("POST /initiatives/new", Role.COUNTY_COORDINATOR),
            signedIn("GET /initiatives/{id}").ids(Fixtures::initiative),
            signedIn("GET /initiatives/{id}/history").ids(Fixtures::initiative),
            countyWrite("GET /initiatives/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::initiative),
            countyWrite("POST /initiatives/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::initiative),
            countyWrite("POST /initiatives/{id}/outcomes", Role.COUNTY_COORDINATOR).ids(Fixtures::initiative),
            countyWrite("POST /initiatives/{id}/notes").ids(Fixtures::initiative),
            countyWrite("GET /initiatives/{id}/outcomes/{outcomeId}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::outcome),
            countyWrite("POST /initiatives/{id}/outcomes/{outcomeId}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::outcome),
            countyWrite("GET /initiatives/{id}/outcomes/{outcomeId}/delete", Role.COUNTY_COORDINATOR).ids(Fixtures::outcome),
            countyWrite("POST /initiatives/{id}/outcomes/{outcomeId}/delete", Role.COUNTY_COORDINATOR).ids(Fixtures::outcome),
            countyWrite("GET /initiatives/{id}/notes/{noteId}/edit").ids(Fixtures::note),
            countyWrite("POST /initiatives/{id}/notes/{noteId}/edit").ids(Fixtures::note),
            countyWrite("GET /initiatives/{id}/notes/{noteId}/delete").ids(Fixtures::note),
            countyWrite("POST /initiatives/{id}/notes/{noteId}/delete").ids(Fixtures::note),
            national("GET /initiatives/{id}/delete").ids(Fixtures::initiative),
            national("POST /initiatives/{id}/delete").ids(Fixtures::initiative),
            signedIn("GET /programmes"),
            national("GET /programmes/new"),
            national("POST /programmes/new"),
            national("GET /programmes/{id}/edit").ids(Fixtures::programme),
            national("POST /programmes/{id}/edit").ids(Fixtures::programme),

            // organisations and informal groups
            signedIn("GET /organisations"),
            signedIn("GET /organisations.csv"),
            withRole("GET /organisations/new", Role.COUNTY_COORDINATOR),
            withRole("POST /organisations/new", Role.COUNTY_COORDINATOR)
                    .countyFromForm("issue 17: the county comes from the form"),
            signedIn("GET /organisations/{id}").ids(Fixtures::organisation),
            countyWrite("GET /organisations/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::organisation),
            countyWrite("POST /organisations/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::organisation),

            // capacity: enrolments in programmes, assessments, milestones, programme targets and the programme report
            signedIn("GET /programmes/{id}/enrolments").ids(Fixtures::programme),
            withRole("GET /programmes/{id}/enrolments/new", Role.COUNTY_COORDINATOR).ids(Fixtures::programme),
            withRole("POST /programmes/{id}/enrolments/new", Role.COUNTY_COORDINATOR).ids(Fixtures::programme)
                    .countyFromForm("issue 17: the county is the chosen organisation's"),
            signedIn("GET /enrolments/{id}").ids(Fixtures::enrolment),
            countyWrite("GET /enrolments/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::enrolment),
            countyWrite("POST /enrolments/{id}/edit", Role.COUNTY_COORDINATOR).ids(Fixtures::enrolment),
            countyWrite("GET /enrolments/{id}/assessments/{stage:entry|exit}").ids(Fixtures::assessment),
            countyWrite("POST /enrolments/{id}/assessments/{stage:entry|exit}").ids(Fixtures::assessment),
            countyWrite("GET /enrolments/{id}/milestones/new").ids(Fixtures::enrolment),
            countyWrite("POST /enrolments/{id}/milestones/new").ids(Fixtures::enrolment),
            countyWrite("GET /enrolments/{id}/milestones/{milestoneId}/edit").ids(Fixtures::milestone),
            countyWrite("POST /enrolments/{id}/milestones/{milestoneId}/edit").ids(Fixtures::milestone),
            countyWrite("GET /enrolments/{id}/milestones/{milestoneId}/delete").ids(Fixtures::milestone),
            countyWrite("POST /enrolments/{id}/milestones/{milestoneId}/delete").ids(Fixtures::milestone),
            national("GET /programmes/{id}/targets").ids(Fixtures::programme),
            national("POST /programmes/{id}/targets").ids(Fixtures::programme),
            signedIn("GET /programmes/{id}/report").ids(Fixtures::programme),
            signedIn("GET /programmes/{id}/report.pdf").ids(Fixtures::programme),
            signedIn("GET /programmes/{id}/report.xlsx").ids(Fixtures::programme),
            signedIn("GET /programmes/{id}/report.csv").ids(Fixtures::programme),
            signedIn("GET /programmes/{id}/report/{figure}").ids(Fixtures::programmeFigure),
            withRole("GET /take-ups/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER),
            withRole("POST /take-ups/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER)
                    .countyFromForm("issue 17: the county is the chosen community's"),
            signedIn("GET /take-ups/{id}").ids(Fixtures::takeUp),
            countyWrite("GET /take-ups/{id}/edit").ids(Fixtures::takeUp),
            countyWrite("POST /take-ups/{id}/edit").ids(Fixtures::takeUp),

            // activities: events, attendance, calendar, feeds, exchange visits
            signedIn("GET /events"),
            withRole("GET /events/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER),
            withRole("POST /events/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER)
                    .countyFromForm("issue 5: the county comes from the form"),
            signedIn("GET /events/{id}").ids(Fixtures::event),
            countyWrite("GET /events/{id}/edit").ids(Fixtures::event),
            countyWrite("POST /events/{id}/edit").ids(Fixtures::event)
                    .countyFromForm("issue 5: the county comes from the form"),
            countyWrite("GET /events/{id}/attendance").ids(Fixtures::event),
            countyWrite("POST /events/{id}/attendance").ids(Fixtures::event),
            countyWrite("POST /events/{id}/attendance/register").ids(Fixtures::event),
            countyWrite("POST /events/{id}/attendance/{attendanceId}/remove").ids(Fixtures::event),
            countyWrite("GET /events/{id}/sign-in-sheet.pdf").ids(Fixtures::event),
            signedIn("GET /events/calendar"),
            signedIn("POST /events/calendar/feed-link"),
            signedIn("POST /events/calendar/feed-link/revoke"),
            feed("GET /events.ics"),
            feed("GET /counties/{code}/events.ics"),
            signedIn("GET /visits"),
            withRole("GET /visits/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER),
            withRole("POST /visits/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER)
                    .countyFromForm("issue 5: the county comes from the form"),
            signedIn("GET /visits/{id}").ids(Fixtures::visit),
            countyWrite("GET /visits/{id}/edit").ids(Fixtures::visit),
            countyWrite("POST /visits/{id}/edit").ids(Fixtures::visit)
                    .countyFromForm("issue 5: the county comes from the form"),
            countyWrite("POST /visits/{id}/workers").ids(Fixtures::visit),
            countyWrite("POST /visits/{id}/workers/{workerId}/remove").ids(Fixtures::visit),

            // reporting: annual reports, exports, targets, closing years
            signedIn("GET /reports"),
            signedIn("GET /reports/{year:\\d{4}}"),
            signedIn("GET /reports/{year:\\d{4}}/counties/{code}"),
            signedIn("GET /reports/{year:\\d{4}}/settlements"),
            signedIn("GET /reports/{year:\\d{4}}/workers"),
            signedIn("GET /reports/{year:\\d{4}}/outcomes"),
            signedIn("GET /reports/{year:\\d{4}}/organisations"),
            signedIn("GET /reports/{year:\\d{4}}.pdf"),
            signedIn("GET /reports/{year:\\d{4}}.xlsx"),
            signedIn("GET /reports/{year:\\d{4}}.csv"),
            signedIn("GET /reports/{year:\\d{4}}/counties/{code}.pdf"),
            signedIn("GET /reports/{year:\\d{4}}/counties/{code}.xlsx"),
            signedIn("GET /reports/{year:\\d{4}}/counties/{code}.csv"),
            national("GET /admin/targets/{year:\\d{4}}"),
            national("POST /admin/targets/{year:\\d{4}}"),
            national("GET /admin/years/{year:\\d{4}}"),
            national("POST /admin/years/{year:\\d{4}}/close"),
            national("POST /admin/years/{year:\\d{4}}/reopen"),
            national("GET /admin/years/{year:\\d{4}}/narrative"),
            national("POST /admin/years/{year:\\d{4}}/narrative"),

            // practices: public catalogue, proposals, review, attachments
            open("GET /good-practices"),
            open("GET /good-practices/{id:\\d+}").ids(Fixtures::practice),
            open("GET /good-practices/{id:\\d+}/files/{fileId:\\d+}").ids(Fixtures::practice),
            withRole("GET /good-practices/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER),
            withRole("POST /good-practices/new", Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER)
                    .countyFromForm("issue 7: the county comes from the chosen initiative"),
            countyWrite("GET /good-practices/{id}/edit").ids(Fixtures::practice),
            countyWrite("POST /good-practices/{id}/edit").ids(Fixtures::practice),
            countyWrite("POST /good-practices/{id}/submit").ids(Fixtures::practice),
            countyWrite("GET /good-practices/{id:\\d+}/files").ids(Fixtures::practice),
            countyWrite("POST /good-practices/{id:\\d+}/files").ids(Fixtures::practice),
            countyWrite("POST /good-practices/{id:\\d+}/files/{fileId:\\d+}/delete").ids(Fixtures::practice),
            national("GET /good-practices/review"),
            national("POST /good-practices/{id:\\d+}/review").ids(Fixtures::practice),

            // opendata: public files, the read API (API tokens only), its description, and the token admin pages
            open("GET /open-data"),
            open("GET /open-data/figures/{year:\\d{4}}.{format:csv|json}").ids(Fixtures::openDataYear),
            open("GET /open-data/settlements-reached/{year:\\d{4}}.{format:csv|json}").ids(Fixtures::openDataYear),
            open("GET /open-data/good-practices.{format:csv|json}").ids(Fixtures::openDataYear),
            apiToken("GET /api/v1/initiatives"),
            apiToken("GET /api/v1/settlements"),
            apiToken("GET /api/v1/events"),
            apiToken("GET /api/v1/exchange-visits"),
            apiToken("GET /api/v1/good-practices"),
            apiToken("GET /api/v1/programmes"),
            apiToken("GET /api/v1/organisations"),
            apiToken("GET /api/v1/organisations/{id}").ids(Fixtures::organisation),
            apiToken("GET /api/v1/figures"),
            apiToken("GET /api/v1/figures/{year}").ids(Fixtures::openDataYear),
            open("GET /api/v1/openapi.json"),
            open("GET /api/v1/openapi.json.yaml"),
            open("GET /api/v1/openapi.json/swagger-config"),
            open("GET /swagger-ui.html"),
            national("GET /admin/api-tokens"),
            national("POST /admin/api-tokens"),
            national("POST /admin/api-tokens/{id}/revoke").ids(Fixtures::apiToken),

            // Boot's error page: reached by forwarding from a failed request, never as a page of its own.
            outsideTheMatrix("GET /error", "Spring Boot's error controller; each status page is tested in ErrorPagesTests")
    );
}
