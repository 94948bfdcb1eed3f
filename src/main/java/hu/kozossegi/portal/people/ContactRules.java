package hu.kozossegi.portal.people;

import java.util.Optional;
import java.util.regex.Pattern;

import hu.kozossegi.portal.people.internal.PhoneNumbers;

/**
 * The rules of a contact person's e-mail and phone, as for community workers, for other modules that record a
 * contact person (e.g. an organisation's): one way of checking and storing them.
 */
public final class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ContactRules() {
    }

    /** True for an address of at most 200 characters of the form a@b.c. */
    public static boolean validEmail(String email) {
        return email != null && email.length() <= 200 && EMAIL.matcher(email).matches();
    }

    /** A Hungarian phone number as typed, in its stored form ('+36 30 123 4567'); empty when it is not one. */
    public static Optional<String> phone(String typed) {
        return PhoneNumbers.normalise(typed);
    }
}
