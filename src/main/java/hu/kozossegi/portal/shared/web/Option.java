package hu.kozossegi.portal.shared.web;

/** A choice in a select list: the submitted value and the label shown (already in the user's language). */
public record Option(String value, String label) {
}
