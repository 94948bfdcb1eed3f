package hu.kozossegi.portal.opendata.web;

import hu.kozossegi.portal.opendata.internal.ApiScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new API token: a name saying who uses it, and its scope (with the county or programme it is limited to). */
record ApiTokenForm(
        @NotBlank(message = "{apiToken.error.name}") @Size(max = 120, message = "{apiToken.error.nameTooLong}") String name,
        @NotNull(message = "{apiToken.error.scope}") ApiScope.Kind scope, String county,
        Long programme) {

    static ApiTokenForm empty() {
        return new ApiTokenForm("", ApiScope.Kind.NETWORK, null, null);
    }
}
