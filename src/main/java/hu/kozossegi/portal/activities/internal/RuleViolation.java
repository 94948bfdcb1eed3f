package hu.kozossegi.portal.activities.internal;

/** A broken rule of an event or visit: the form field it concerns and the message key to show there. */
public record RuleViolation(String field, String messageKey) {
}
