package hu.kozossegi.portal.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet; returns the message keys of the rules it breaks. The list of the
 * 10,000 most common passwords ships with the portal ({@code accounts/common-passwords.txt}, see its NOTICE).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    static final String COMMON_PASSWORDS = "accounts/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    public List<String> violations(String username, String password) {
        List<String> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add("password.error.tooShort");
        }
        else if (password.equalsIgnoreCase(username)) {
            errors.add("password.error.isUsername");
        }
        else if (isCommon(password)) {
            errors.add("password.error.common");
        }
        return errors;
    }

    /** True when the password (case ignored) is on the shipped list of common passwords. */
    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>(16_384);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isEmpty()).map(line -> line.toLowerCase(Locale.ROOT)).forEach(set::add);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, ex);
        }
        return Set.copyOf(set);
    }
}
