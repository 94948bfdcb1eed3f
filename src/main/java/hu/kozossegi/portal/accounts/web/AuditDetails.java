package hu.kozossegi.portal.accounts.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.CountyNames;
import hu.kozossegi.portal.shared.audit.AuditEntry;
import hu.kozossegi.portal.shared.audit.AuditType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An audit entry's detail in the reader's language. The log stores codes (a role code, a county code, the word
 * inactive, a sign-in failure reason); the reader sees the role, the county's name, the state and the reason in words.
 * Free text (a reopening reason) is shown as it was written.
 */
@Component
class AuditDetails {

    /** The account line written by the account administration: username (ROLE[, county code][, inactive]). */
    private static final Pattern ACCOUNT = Pattern.compile("^(.*) \\(([A-Z_]+)(?:, (\\d{2}))?(, inactive)?\\)$");

    private final MessageSource messages;
    private final CountyNames counties;

    AuditDetails(MessageSource messages, CountyNames counties) {
        this.messages = messages;
        this.counties = counties;
    }

    String describe(AuditEntry entry, Locale locale) {
        String detail = entry.detail() == null ? "" : entry.detail();
        if (entry.type() == AuditType.SIGN_IN_FAILED) {
            return messages.getMessage("audit.detail.reason." + detail.replace(' ', '-'), null, detail, locale);
        }
        Matcher account = ACCOUNT.matcher(detail);
        if (account.matches() && isRole(account.group(2))) {
            StringBuilder words = new StringBuilder(messages.getMessage("role." + account.group(2), null, locale));
            if (account.group(3) != null) {
                String county = counties.name(account.group(3));
                words.append(", ").append(county == null ? account.group(3) : county);
            }
            if (account.group(4) != null) {
                words.append(", ").append(messages.getMessage("audit.detail.inactive", null, locale));
            }
            return account.group(1) + " (" + words + ")";
        }
        return detail;
    }

    private static boolean isRole(String code) {
        for (Role role : Role.values()) {
            if (role.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
