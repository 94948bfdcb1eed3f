package hu.kozossegi.portal.practices.internal;

/** An illegal change of a good practice; {@link #messageKey()} explains it to the user. */
public class PracticeRuleException extends RuntimeException {

    /** The message key of a stale version: someone else saved the practice after the form was opened. */
    public static final String CONFLICT = "practice.error.conflict";

    private final String messageKey;

    public PracticeRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
