package hu.kozossegi.portal.practices.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import hu.kozossegi.portal.practices.internal.PracticeContent;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The proposal form, for proposing and editing; {@code version} carries the optimistic lock. */
class PracticeForm {

    private static final int LONG = 8000;

    @NotBlank(message = "{practice.error.titleRequired}") @Size(max = 200, message = "{practice.error.tooLong}")
    private String title = "";
    @NotBlank(message = "{practice.error.summaryRequired}") @Size(max = 2000, message = "{practice.error.tooLong}")
    private String summary = "";
    @NotBlank(message = "{practice.error.problemRequired}") @Size(max = LONG, message = "{practice.error.tooLong}")
    private String problem = "";
    @NotBlank(message = "{practice.error.methodRequired}") @Size(max = LONG, message = "{practice.error.tooLong}")
    private String method = "";
    @NotBlank(message = "{practice.error.requirementsRequired}") @Size(max = LONG, message = "{practice.error.tooLong}")
    private String requirements = "";
    @NotBlank(message = "{practice.error.resultsRequired}") @Size(max = LONG, message = "{practice.error.tooLong}")
    private String results = "";
    @Size(max = LONG, message = "{practice.error.tooLong}")
    private String pitfalls = "";
    @NotBlank(message = "{practice.error.transferabilityRequired}") @Size(max = LONG, message = "{practice.error.tooLong}")
    private String transferability = "";
    @NotBlank(message = "{practice.error.contactNameRequired}") @Size(max = 120, message = "{practice.error.tooLong}")
    private String contactName = "";
    @Size(max = 120, message = "{practice.error.tooLong}")
    private String contactRole = "";
    @Email(message = "{practice.error.emailInvalid}") @Size(max = 200, message = "{practice.error.tooLong}")
    private String contactEmail = "";
    @Pattern(regexp = "^$|^\\+?[0-9 ()/-]{6,40}$", message = "{practice.error.phoneInvalid}")
    private String contactPhone = "";
    @AssertTrue(message = "{practice.error.consentRequired}")
    private boolean contactConsent;
    @NotEmpty(message = "{practice.error.themesRequired}")
    private List<String> themes = new ArrayList<>();
    private Long version;

    static PracticeForm of(PracticeContent c, long version) {
        PracticeForm f = new PracticeForm();
        f.title = c.title();
        f.summary = c.summary();
        f.problem = c.problem();
        f.method = c.method();
        f.requirements = c.requirements();
        f.results = c.results();
        f.pitfalls = c.pitfalls() == null ? "" : c.pitfalls();
        f.transferability = c.transferability();
        f.contactName = c.contactName();
        f.contactRole = c.contactRole() == null ? "" : c.contactRole();
        f.contactEmail = c.contactEmail() == null ? "" : c.contactEmail();
        f.contactPhone = c.contactPhone() == null ? "" : c.contactPhone();
        f.contactConsent = c.contactConsent();
        f.themes = new ArrayList<>(c.themes().stream().sorted().toList());
        f.version = version;
        return f;
    }

    PracticeContent content() {
        return new PracticeContent(title, summary, problem, method, requirements, results, pitfalls, transferability,
                contactName, contactRole, contactEmail, contactPhone, contactConsent, new LinkedHashSet<>(themes));
    }

    boolean reachable() {
        return !isBlank(contactEmail) || !isBlank(contactPhone);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getRequirements() { return requirements; }
    public void setRequirements(String requirements) { this.requirements = requirements; }
    public String getResults() { return results; }
    public void setResults(String results) { this.results = results; }
    public String getPitfalls() { return pitfalls; }
    public void setPitfalls(String pitfalls) { this.pitfalls = pitfalls; }
    public String getTransferability() { return transferability; }
    public void setTransferability(String transferability) { this.transferability = transferability; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactRole() { return contactRole; }
    public void setContactRole(String contactRole) { this.contactRole = contactRole; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public boolean isContactConsent() { return contactConsent; }
    public void setContactConsent(boolean contactConsent) { this.contactConsent = contactConsent; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : themes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
