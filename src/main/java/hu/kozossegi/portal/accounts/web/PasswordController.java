package hu.kozossegi.portal.accounts.web;

import java.util.Optional;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.internal.PasswordChange;
import hu.kozossegi.portal.accounts.internal.PasswordPolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final CountyAccess access;
    private final PasswordChange passwordChange;
    private final PasswordPolicy policy;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    PasswordController(CountyAccess access, PasswordChange passwordChange, PasswordPolicy policy) {
        this.access = access;
        this.passwordChange = passwordChange;
        this.policy = policy;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "accounts/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = access.requireUser();
        if (!errors.hasFieldErrors("newPassword")) {
            policy.violations(user.getUsername(), form.newPassword())
                    .forEach(key -> errors.rejectValue("newPassword", key));
        }
        if (!errors.hasFieldErrors("confirmPassword") && !form.confirmPassword().equals(form.newPassword())) {
            errors.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (errors.hasErrors()) {
            return "accounts/password";
        }
        PasswordChange.Result result = passwordChange.change(user, form.currentPassword(), form.newPassword(),
                request.getSession().getId(), request.getRemoteAddr());
        Optional<String> newHash = result.newHash();
        if (newHash.isEmpty()) {
            errors.rejectValue("currentPassword", result.locked() ? "password.error.tooManyAttempts"
                    : "password.error.wrongCurrent");
            return "accounts/password";
        }
        // Every other session of the user has ended; this one goes on under a new id.
        request.changeSessionId();
        refreshPrincipal(user.withPasswordChanged(newHash.get()), request, response);
        redirect.addFlashAttribute("flashSuccess", "password.changed");
        return "redirect:/dashboard";
    }

    private void refreshPrincipal(PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
