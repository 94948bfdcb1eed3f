package hu.kozossegi.portal.activities.internal;

/** Did a visiting community take the practice up? */
public enum FollowUp {
    YES,
    NO,
    IN_PROGRESS
}
