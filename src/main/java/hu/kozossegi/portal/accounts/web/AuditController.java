package hu.kozossegi.portal.accounts.web;

import java.util.Locale;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.shared.audit.AuditEntry;
import hu.kozossegi.portal.shared.audit.AuditLog;
import hu.kozossegi.portal.shared.audit.AuditType;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** {@code /admin/audit}: the national office reads the audit log. There is no route that changes it. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final CountyAccess access;
    private final AuditDetails details;

    AuditController(AuditLog audit, CountyAccess access, AuditDetails details) {
        this.audit = audit;
        this.access = access;
        this.details = details;
    }

    /** An entry as the reader sees it: the detail in the reader's language. */
    record Line(AuditEntry entry, String detail) {
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("auditFilter") AuditFilter filter, BindingResult errors, HttpServletRequest request,
            Locale locale, Model model) {
        access.checkNationalOffice();
        if (!errors.hasErrors() && filter.getFrom() != null && filter.getTo() != null && filter.getFrom().isAfter(filter.getTo())) {
            errors.rejectValue("from", "audit.error.dateRange");
        }
        model.addAttribute("types", AuditType.values());
        if (errors.hasErrors()) {
            model.addAttribute("entries", java.util.List.of());
            return "accounts/audit";
        }
        int page = filter.getPage() == null ? 0 : FilterParams.page(filter.getPage());
        String type = FilterParams.oneOf(filter.getType(),
                java.util.Arrays.stream(AuditType.values()).map(Enum::name).toArray(String[]::new));
        Page<AuditEntry> entries = audit.search(parseType(type), filter.getActor(), filter.getFrom(), filter.getTo(),
                PageRequest.of(page, PAGE_SIZE));
        entries = Pager.lastPageIfPast(entries, n -> audit.search(parseType(type), filter.getActor(), filter.getFrom(),
                filter.getTo(), PageRequest.of(n, PAGE_SIZE)));
        model.addAttribute("entries", entries.getContent().stream()
                .map(entry -> new Line(entry, details.describe(entry, locale))).toList());
        model.addAttribute("pager", Pager.of(entries, request));
        return "accounts/audit";
    }

    private static AuditType parseType(String value) {
        for (AuditType type : AuditType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        return null;
    }
}
