package hu.kozossegi.portal.opendata.web;

import hu.kozossegi.portal.opendata.internal.ApiScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new API token: a name saying who uses it, and its scope (with the county or programme it is limited to).
 * Bound through setters: a programme id that is not a number is a {@code typeMismatch} error at its field, the
 * form shown again with what was sent; the scope's county or programme is checked by the controller.
 */
class ApiTokenForm {

    @NotBlank(message = "{apiToken.error.name}")
    @Size(max = 120, message = "{apiToken.error.nameTooLong}")
    private String name = "";
    private String scope = ApiScope.Kind.NETWORK.name();
    private String county;
    private Long programme;

    static ApiTokenForm empty() {
        return new ApiTokenForm();
    }

    String name() {
        return name;
    }

    String scope() {
        return scope;
    }

    String county() {
        return county;
    }

    Long programme() {
        return programme;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }
}
