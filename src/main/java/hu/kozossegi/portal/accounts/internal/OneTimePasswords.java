package hu.kozossegi.portal.accounts.internal;

import java.security.SecureRandom;

/** Random one-time passwords: 16 characters without look-alikes (no 0/O, 1/l/I), about 93 bits. */
final class OneTimePasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        return generate(16);
    }

    static String generate(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
