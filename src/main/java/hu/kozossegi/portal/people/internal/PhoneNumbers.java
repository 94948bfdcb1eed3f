package hu.kozossegi.portal.people.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Hungarian phone numbers as people type them ('06 30 123 4567', '+36-1-234-5678', '(72) 123-456', '0036...')
 * stored in one form: '+36 30 123 4567', '+36 1 234 5678', '+36 72 123 456'.
 */
public final class PhoneNumbers {

    private static final Set<String> MOBILE = Set.of("20", "30", "31", "50", "70");

    private PhoneNumbers() {
    }

    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip();
        if (!digits.matches("[+0-9 ()./-]+")) {
            return Optional.empty();
        }
        digits = digits.replaceAll("[ ()./-]", "");
        if (digits.startsWith("+36")) {
            digits = digits.substring(3);
        }
        else if (digits.startsWith("0036")) {
            digits = digits.substring(4);
        }
        else if (digits.startsWith("06")) {
            digits = digits.substring(2);
        }
        if (!digits.matches("\\d{8,9}") || digits.startsWith("0")) {
            return Optional.empty();
        }
        if (digits.startsWith("1") && digits.length() == 8) {
            return Optional.of("+36 1 " + digits.substring(1, 4) + " " + digits.substring(4));
        }
        String area = digits.substring(0, 2);
        String rest = digits.substring(2);
        if (MOBILE.contains(area) && rest.length() == 7) {
            return Optional.of("+36 " + area + " " + rest.substring(0, 3) + " " + rest.substring(3));
        }
        if (!MOBILE.contains(area) && !digits.startsWith("1") && rest.length() == 6) {
            return Optional.of("+36 " + area + " " + rest.substring(0, 3) + " " + rest.substring(3));
        }
        return Optional.empty();
    }
}
