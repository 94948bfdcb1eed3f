package hu.kozossegi.portal.accounts;

/**
 * Published (synchronously, inside the change's transaction) when an account's password changes or is reset:
 * whatever was granted on the old password (e.g. a calendar feed token) ends with it.
 */
public record PasswordChanged(long accountId) {
}
