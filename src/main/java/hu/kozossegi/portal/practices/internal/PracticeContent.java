package hu.kozossegi.portal.practices.internal;

import java.util.Set;

/** The text of a practice the proposer writes; the same for proposing and editing. */
public record PracticeContent(String title, String summary, String problem, String method, String requirements,
        String results, String pitfalls, String transferability, String contactName, String contactRole,
        String contactEmail, String contactPhone, boolean contactConsent, Set<String> themes) {
}
