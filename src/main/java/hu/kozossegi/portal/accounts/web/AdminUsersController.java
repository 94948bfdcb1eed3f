package hu.kozossegi.portal.accounts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.Role;
import hu.kozossegi.portal.accounts.internal.AccountAdministration;
import hu.kozossegi.portal.accounts.internal.AccountFilter;
import hu.kozossegi.portal.accounts.internal.AccountRow;
import hu.kozossegi.portal.accounts.internal.AccountSort;
import hu.kozossegi.portal.accounts.internal.CountyNames;
import hu.kozossegi.portal.accounts.internal.PasswordPolicy;
import hu.kozossegi.portal.shared.rules.VersionConflictException;
import hu.kozossegi.portal.shared.web.ListPage;
import hu.kozossegi.portal.shared.web.ConflictLine;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.RequiredParam;
import hu.kozossegi.portal.shared.web.FilterParams;
import hu.kozossegi.portal.shared.web.Option;
import hu.kozossegi.portal.shared.web.Pager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** {@code /admin/users}: the national office's account administration (the service checks the role again). */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    static final int PAGE_SIZE = 25;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");

    private final AccountAdministration admin;
    private final PasswordPolicy policy;
    private final CountyNames counties;
    private final CountyAccess access;
    private final MessageSource messages;

    AdminUsersController(AccountAdministration admin, PasswordPolicy policy, CountyNames counties, CountyAccess access,
            MessageSource messages) {
        this.messages = messages;
        this.admin = admin;
        this.policy = policy;
        this.counties = counties;
        this.access = access;
    }

    @GetMapping
    String list(@RequestParam(required = false) String county, @RequestParam(required = false) String role,
            @RequestParam(required = false) String active, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        String roleName = FilterParams.oneOf(role, Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
        Role roleFilter = roleName == null ? null : Role.valueOf(roleName);
        String activeWord = FilterParams.oneOf(active, "true", "false");
        Boolean activeFilter = activeWord == null ? null : Boolean.valueOf(activeWord);
        county = FilterParams.blankToNull(county);
        if (county != null && counties.name(county) == null) {
            throw FilterParams.badRequest();
        }
        FilterParams.oneOf(sort == null ? null : sort.toUpperCase(java.util.Locale.ROOT),
                Arrays.stream(AccountSort.values()).map(Enum::name).toArray(String[]::new));
        AccountFilter filter = new AccountFilter(county, roleFilter, activeFilter, q, AccountSort.parse(sort));
        Page<AccountRow> rows = Pager.lastPageIfPast(admin.list(filter, PageRequest.of(FilterParams.page(page), PAGE_SIZE)),
                n -> admin.list(filter, PageRequest.of(n, PAGE_SIZE)));
        ListPage.show(model, rows, request);
        model.addAttribute("county", county);
        model.addAttribute("role", roleFilter == null ? "" : roleFilter.name());
        model.addAttribute("active", activeFilter == null ? "" : activeFilter.toString());
        model.addAttribute("q", q);
        model.addAttribute("sort", AccountSort.parse(sort).name());
        model.addAttribute("sorts", AccountSort.values());
        addChoices(model);
        return "accounts/users";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        access.checkNationalOffice();
        model.addAttribute("accountForm", AccountForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        access.checkNationalOffice();
        if (form.username() == null || !USERNAME.matcher(form.username().trim()).matches()) {
            errors.rejectValue("username", "accounts.error.usernameFormat");
        }
        else if (admin.usernameTaken(form.username().trim())) {
            errors.rejectValue("username", "accounts.error.usernameTaken");
        }
        validateCounty(form, errors);
        if (form.password() != null && !form.password().isEmpty() && !errors.hasFieldErrors("password")) {
            policy.violations(form.username(), form.password()).forEach(key -> errors.rejectValue("password", key));
        }
        if (errors.hasErrors()) {
            return form(model, null);
        }
        AccountAdministration.Created created = admin.create(form.toChange(), form.password());
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "accounts.created");
        redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
        return "redirect:/admin/users/" + created.id() + "/edit";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        AccountRow row = admin.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("accountForm", AccountForm.of(row));
        return form(model, row);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        AccountRow row = admin.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long version = RequiredParam.number(form.version());
        validateCounty(form, errors);
        if (id == access.requireUser().id() && (!Boolean.TRUE.equals(form.active())
                || form.parsedRole() != row.role())) {
            // The national office cannot lock itself out (nor demote itself) by one careless save.
            errors.rejectValue("active", "accounts.error.self");
        }
        if (errors.hasErrors()) {
            return form(model, row);
        }
        try {
            admin.update(id, version, form.toChange());
        }
        catch (VersionConflictException ex) {
            // The typed input stays, now carrying the current version (saving again is deliberate), with the
            // fields someone else changed next to what was typed (docs/architecture.md, "Conflicts").
            AccountRow current = admin.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            AccountForm saved = AccountForm.of(current);
            model.addAttribute("conflicts", ConflictLine.compare()
                    .field("accounts.field.fullName", saved.fullName(), form.fullName())
                    .field("accounts.field.email", saved.email(), form.email())
                    .field("accounts.field.role", roleLabel(saved.parsedRole(), locale),
                            roleLabel(form.parsedRole(), locale))
                    .field("accounts.field.county", counties.name(saved.countyCode()),
                            counties.name(form.countyCode()))
                    .field("accounts.field.status", statusLabel(saved.active(), locale),
                            statusLabel(form.active(), locale))
                    .list());
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "accountForm");
            model.addAttribute("accountForm", form.withVersion(current.version()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, current);
        }
        return FlashMessages.redirect(redirect, "accounts.saved", "/admin/users/" + id + "/edit");
    }

    private String roleLabel(Role role, Locale locale) {
        return role == null ? "" : messages.getMessage("role." + role.name(), null, locale);
    }

    private String statusLabel(Boolean active, Locale locale) {
        return messages.getMessage(Boolean.TRUE.equals(active) ? "accounts.status.active" : "accounts.status.inactive",
                null, locale);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        admin.unlock(id);
        return FlashMessages.redirect(redirect, "accounts.unlocked", "/admin/users/" + id + "/edit");
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") OneTimePasswordForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        AccountRow row = admin.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (form.password() != null && !form.password().isEmpty() && !errors.hasFieldErrors("password")) {
            policy.violations(row.username(), form.password()).forEach(key -> errors.rejectValue("password", key));
        }
        if (errors.hasErrors()) {
            model.addAttribute("accountForm", AccountForm.of(row));
            return form(model, row);
        }
        String oneTime = admin.setOneTimePassword(id, form.password());
        redirect.addFlashAttribute(FlashMessages.SUCCESS, "accounts.passwordSet");
        redirect.addFlashAttribute("oneTimePassword", oneTime);
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String form(Model model, AccountRow row) {
        model.addAttribute("account", row);
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", OneTimePasswordForm.empty());
        }
        model.addAttribute("roles", Role.values());
        addChoices(model);
        return "accounts/user-form";
    }

    private void validateCounty(AccountForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("role") && form.parsedRole() == null) {
            errors.rejectValue("role", "accounts.error.roleRequired");
        }
        if (form.parsedRole() == null || !form.parsedRole().isCountyRole()) {
            return;
        }
        if (form.countyCode() == null || form.countyCode().isBlank()) {
            errors.rejectValue("countyCode", "accounts.error.countyRequired");
        }
        else if (counties.name(form.countyCode()) == null) {
            errors.rejectValue("countyCode", "accounts.error.countyUnknown");
        }
    }

    private void addChoices(Model model) {
        List<Option> countyOptions = counties.all().entrySet().stream()
                .map(county -> new Option(county.getKey(), county.getValue())).toList();
        model.addAttribute("countyOptions", countyOptions);
        model.addAttribute("roles", Role.values());
    }
}
