package hu.kozossegi.portal.opendata.web;

import hu.kozossegi.portal.opendata.internal.ApiScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new API token: a name saying who uses it, and its scope (with the county or programme it is limited to).
 * Scope and programme are kept as typed text and checked by the controller, so that any input re-renders the
 * form with its value instead of failing to bind.
 */
record ApiTokenForm(
        @NotBlank(message = "{apiToken.error.name}") @Size(max = 120, message = "{apiToken.error.nameTooLong}") String name,
        String scope, String county, String programme) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("", ApiScope.Kind.NETWORK.name(), null, null);
    }
}
