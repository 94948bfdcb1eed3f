package hu.kozossegi.portal.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    /** The redirect after a write that went through: the success message {@code messageKey} goes with it. */
    public static String redirect(RedirectAttributes redirect, String messageKey, String path) {
        redirect.addFlashAttribute(SUCCESS, messageKey);
        return "redirect:" + path;
    }
}
