package hu.kozossegi.portal.shared.audit;

/** What an audit log entry records. Labels come from the messages {@code audit.type.<NAME>}. */
public enum AuditType {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    ACCOUNT_DISABLED,
    PASSWORD_SET,
    PASSWORD_CHANGED,
    YEAR_CLOSED,
    YEAR_REOPENED,
    PERSONAL_DATA_EXPORT,
    ACCESS_DENIED
}
