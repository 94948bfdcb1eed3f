package hu.kozossegi.portal.practices.internal;

/** Who makes a change: the username and the name shown in the practice's history. */
public record Actor(String username, String name, boolean nationalOffice) {
}
