package hu.kozossegi.portal.initiatives.web;

import hu.kozossegi.portal.initiatives.internal.Programme;
import hu.kozossegi.portal.shared.web.NotLessThan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The programme form, bound through setters: a number that does not parse becomes a {@code typeMismatch} error
 * at its field with the typed text kept, and the form object is never missing. The last year may not come
 * before the first; that the name is free is the service's rule.
 */
@NotLessThan(field = "lastYear", other = "firstYear", message = "{programme.error.lastBeforeFirst}")
class ProgrammeForm {

    private Long version = 0L;
    @NotBlank(message = "{programme.error.nameRequired}")
    @Size(max = 200, message = "{programme.error.tooLong}")
    private String name = "";
    @NotBlank(message = "{programme.error.funderRequired}")
    @Size(max = 200, message = "{programme.error.tooLong}")
    private String funder = "";
    @NotNull(message = "{programme.error.firstYearRequired}")
    @Min(value = 1990, message = "{programme.error.yearRange}")
    @Max(value = 2100, message = "{programme.error.yearRange}")
    private Integer firstYear;
    @Min(value = 1990, message = "{programme.error.yearRange}")
    @Max(value = 2100, message = "{programme.error.yearRange}")
    private Integer lastYear;
    @Size(max = 5000, message = "{initiative.error.textTooLong}")
    private String description = "";

    ProgrammeForm() {
    }

    ProgrammeForm(Long version, String name, String funder, Integer firstYear, Integer lastYear, String description) {
        this.version = version;
        this.name = name;
        this.funder = funder;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.description = description;
    }

    static ProgrammeForm of(Programme p) {
        return new ProgrammeForm(p.getVersion(), p.getName(), p.getFunder(), p.getFirstYear(), p.getLastYear(),
                p.getDescription() == null ? "" : p.getDescription());
    }

    static ProgrammeForm empty() {
        return new ProgrammeForm();
    }

    Long version() {
        return version;
    }

    String name() {
        return name;
    }

    String funder() {
        return funder;
    }

    Integer firstYear() {
        return firstYear;
    }

    Integer lastYear() {
        return lastYear;
    }

    String description() {
        return description;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFunder() {
        return funder;
    }

    public void setFunder(String funder) {
        this.funder = funder;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public void setLastYear(Integer lastYear) {
        this.lastYear = lastYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
