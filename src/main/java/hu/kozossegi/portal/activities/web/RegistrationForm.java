package hu.kozossegi.portal.activities.web;

import java.util.List;

/**
 * Registering the ticked workers for an event: the workers, the search that listed them (kept on the way back) and
 * the organisation they came with (optional; checked against the event's county).
 */
public class RegistrationForm {

    private List<Long> workerId;
    private String q;
    private Long organisationId;

    public List<Long> getWorkerId() {
        return workerId;
    }

    public void setWorkerId(List<Long> workerId) {
        this.workerId = workerId;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
