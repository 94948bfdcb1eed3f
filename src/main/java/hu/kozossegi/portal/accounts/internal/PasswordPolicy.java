package hu.kozossegi.portal.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** The rules a new password must meet; returns the message keys of the rules it breaks. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public List<String> violations(String username, String password) {
        List<String> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add("password.error.tooShort");
        }
        else if (password.equalsIgnoreCase(username)) {
            errors.add("password.error.isUsername");
        }
        return errors;
    }
}
