package hu.kozossegi.portal.initiatives.internal;

/** A broken rule of the initiative aggregate: the form field it concerns and the message key. */
public record RuleViolation(String field, String messageKey) {
}
