package hu.kozossegi.portal.opendata.web;

import java.util.List;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.geography.Counties;
import hu.kozossegi.portal.opendata.internal.ApiScope;
import hu.kozossegi.portal.opendata.internal.ApiTokens;
import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/api-tokens}: the national office issues API tokens (the token is shown once, on the page that
 * answers the issuing POST, never stored in the session or the database) and revokes them.
 */
@Controller
class ApiTokenAdminController {

    private final ApiTokens tokens;
    private final CountyAccess access;
    private final Counties counties;

    ApiTokenAdminController(ApiTokens tokens, CountyAccess access, Counties counties) {
        this.tokens = tokens;
        this.access = access;
        this.counties = counties;
    }

    @GetMapping("/admin/api-tokens")
    String list(Model model) {
        access.checkNationalOffice();
        return page(model, ApiTokenForm.empty());
    }

    @PostMapping("/admin/api-tokens")
    String issue(@Valid @ModelAttribute("apiTokenForm") ApiTokenForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        PortalUser user = access.checkNationalOffice();
        ApiScope scope = scope(form, errors);
        if (errors.hasErrors()) {
            return page(model, form);
        }
        String token = tokens.issue(form.name(), scope, user.getUsername());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issuedToken", token);
        model.addAttribute("issuedName", form.name().trim());
        return page(model, ApiTokenForm.empty());
    }

    @PostMapping("/admin/api-tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        PortalUser user = access.checkNationalOffice();
        if (!tokens.revoke(id, user.getUsername())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return FlashMessages.redirect(redirect, "apiToken.revoked", "/admin/api-tokens");
    }

    private ApiScope scope(ApiTokenForm form, BindingResult errors) {
        if ("COUNTY".equals(form.scope())) {
            if (form.county() == null || !counties.exists(form.county())) {
                errors.rejectValue("county", "apiToken.error.county");
                return null;
            }
            return ApiScope.county(form.county());
        }
        if ("PROGRAMME".equals(form.scope())) {
            Long programme = form.programme();
            if (programme == null || !tokens.programmeExists(programme)) {
                if (!errors.hasFieldErrors("programme")) {
                    errors.rejectValue("programme", "apiToken.error.programme");
                }
                return null;
            }
            return ApiScope.programme(programme);
        }
        if (!"NETWORK".equals(form.scope())) {
            errors.rejectValue("scope", "apiToken.error.scope");
            return null;
        }
        return ApiScope.NETWORK;
    }

    private String page(Model model, ApiTokenForm form) {
        model.addAttribute("apiTokenForm", form);
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("scopes", ApiScope.Kind.values());
        model.addAttribute("countyOptions", counties.all().stream()
                .map(c -> new Option(c.code(), c.code() + " " + c.name())).toList());
        List<Option> programmes = tokens.programmeChoices();
        model.addAttribute("programmeOptions", programmes);
        return "opendata/api-tokens";
    }
}
