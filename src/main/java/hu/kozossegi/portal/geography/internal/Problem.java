package hu.kozossegi.portal.geography.internal;

/** One validation failure: the field (form field name, also the import's column) and a message key with arguments. */
public record Problem(String field, String key, Object... args) {
}
