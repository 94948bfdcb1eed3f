package hu.kozossegi.portal.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import hu.kozossegi.portal.accounts.Role;

/** One line of {@link AccessRules}: a route and, for each {@link Actor}, the expected {@link Outcome}. */
final class AccessRule {

    /** What an actor must get. */
    enum Outcome {
        /** Served: not refused, not sent to sign in, no server error. */
        ALLOWED,
        /** Refused with 403 (or 404 when the route has no fixture and the id does not exist). */
        REFUSED,
        /** Sent to the sign-in page. */
        SIGN_IN,
        /** 401: a feed for calendar apps, which cannot sign in (they bring a secret token instead). */
        UNAUTHORIZED,
        /** Not walked by the matrix (see the note). */
        NOT_WALKED
    }

    final String method;
    final String pattern;
    final Function<Actor, Outcome> expected;
    final String note;
    Fixtures.Fixture fixture;
    String knownGap;
    String countyFromForm;

    private AccessRule(String route, Function<Actor, Outcome> expected, String note) {
        String[] parts = route.split(" ", 2);
        this.method = parts[0];
        this.pattern = parts[1];
        this.expected = expected;
        this.note = note;
    }

    /** Anyone, signed in or not. */
    static AccessRule open(String route) {
        return new AccessRule(route, actor -> Outcome.ALLOWED, null);
    }

    /** Every signed-in user; the anonymous visitor is sent to sign in. */
    static AccessRule signedIn(String route) {
        return new AccessRule(route, actor -> actor == Actor.ANONYMOUS ? Outcome.SIGN_IN : Outcome.ALLOWED, null);
    }

    /** A calendar feed: every signed-in user, or a secret token; anonymous without a token gets 401. */
    static AccessRule feed(String route) {
        return new AccessRule(route, actor -> actor == Actor.ANONYMOUS ? Outcome.UNAUTHORIZED : Outcome.ALLOWED, null);
    }

    /**
     * A route of the read API: only an API token opens it, so every actor of the matrix (signed in or not, none
     * brings a token) gets 401; the token scopes are tested in {@code opendata.ApiTests}.
     */
    static AccessRule apiToken(String route) {
        return new AccessRule(route, actor -> Outcome.UNAUTHORIZED, null);
    }

    /** The national office only. */
    static AccessRule national(String route) {
        return new AccessRule(route, actor -> switch (actor) {
            case ANONYMOUS -> Outcome.SIGN_IN;
            case NATIONAL_OFFICE -> Outcome.ALLOWED;
            default -> Outcome.REFUSED;
        }, null);
    }

    /** The national office, and staff of the record's own county with one of {@code roles} (any county role if none). */
    static AccessRule countyWrite(String route, Role... roles) {
        List<Role> allowed = roles.length == 0 ? List.of(Role.COUNTY_COORDINATOR, Role.COUNTY_DEVELOPER)
                : Arrays.asList(roles);
        return new AccessRule(route, actor -> {
            if (actor == Actor.ANONYMOUS) {
                return Outcome.SIGN_IN;
            }
            if (actor == Actor.NATIONAL_OFFICE) {
                return Outcome.ALLOWED;
            }
            return Actor.OWN_COUNTY.equals(actor.county) && allowed.contains(actor.role) ? Outcome.ALLOWED
                    : Outcome.REFUSED;
        }, null);
    }

    /** The national office, and county staff of any county with one of {@code roles} (creating: no record yet). */
    static AccessRule withRole(String route, Role... roles) {
        List<Role> allowed = Arrays.asList(roles);
        return new AccessRule(route, actor -> {
            if (actor == Actor.ANONYMOUS) {
                return Outcome.SIGN_IN;
            }
            return actor == Actor.NATIONAL_OFFICE || allowed.contains(actor.role) ? Outcome.ALLOWED : Outcome.REFUSED;
        }, null);
    }

    /** A route the matrix does not walk, with the reason (and where it is tested instead). */
    static AccessRule outsideTheMatrix(String route, String why) {
        return new AccessRule(route, actor -> Outcome.NOT_WALKED, why);
    }

    /** Real path variables: {@code fixture} inserts a row of the given county and returns its path variables. */
    AccessRule ids(Fixtures.Fixture fixture) {
        this.fixture = fixture;
        return this;
    }

    /**
     * A refusal that comes only after validation: a refused user sending an EMPTY form sees the form's field
     * errors (200/400) instead of 403; a valid form is still refused by the service. Name the issue to fix it.
     */
    AccessRule refusedOnlyAfterValidation(String issue) {
        this.knownGap = issue;
        return this;
    }

    /**
     * The record's county is read from the submitted form, so the matrix's EMPTY form names no county and is
     * refused (403) for county staff too; the module's own tests prove the allowed writes with full forms.
     */
    AccessRule countyFromForm(String issue) {
        this.countyFromForm = issue;
        return this;
    }

    String key() {
        return method + " " + pattern;
    }

    @Override
    public String toString() {
        return key();
    }
}
