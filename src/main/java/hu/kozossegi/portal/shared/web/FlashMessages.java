package hu.kozossegi.portal.shared.web;

/**
 * Flash attribute names the layout shows after a post/redirect/get: the value is a message key.
 * Never add them to a response that renders directly.
 */
public final class FlashMessages {

    public static final String SUCCESS = "flashSuccess";
    public static final String WARNING = "flashWarning";
    /** Optional arguments of the flash message (an {@code Object[]}), e.g. the year that was closed. */
    public static final String ARGS = "flashArgs";

    private FlashMessages() {
    }
}
