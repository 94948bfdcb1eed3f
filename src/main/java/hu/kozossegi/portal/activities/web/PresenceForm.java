package hu.kozossegi.portal.activities.web;

import java.util.LinkedHashMap;
import java.util.Map;

import hu.kozossegi.portal.activities.internal.Presence;

/**
 * The presence form of an event's attendance, bound by Spring: per attendance row (keyed by its id) the version
 * it started from ({@code version[12]}), and, when the page showed them, the presence ({@code presence[12]}) and
 * the organisation the participant came with ({@code organisation[12]}); an empty choice binds as null.
 */
public class PresenceForm {

    private Map<Long, Long> version = new LinkedHashMap<>();
    private Map<Long, Presence> presence = new LinkedHashMap<>();
    private Map<Long, Long> organisation = new LinkedHashMap<>();

    /** Whether every row with a presence or organisation carries the version it started from (none of them null). */
    boolean everyRowVersioned() {
        return !version.containsValue(null) && version.keySet().containsAll(presence.keySet())
                && version.keySet().containsAll(organisation.keySet());
    }

    public Map<Long, Long> getVersion() {
        return version;
    }

    public void setVersion(Map<Long, Long> version) {
        this.version = version;
    }

    public Map<Long, Presence> getPresence() {
        return presence;
    }

    public void setPresence(Map<Long, Presence> presence) {
        this.presence = presence;
    }

    public Map<Long, Long> getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Map<Long, Long> organisation) {
        this.organisation = organisation;
    }
}
