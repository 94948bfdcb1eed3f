package hu.kozossegi.portal.accounts.web;

import hu.kozossegi.portal.accounts.CountyAccess;
import hu.kozossegi.portal.accounts.PortalUser;
import hu.kozossegi.portal.accounts.internal.UserAccount;
import hu.kozossegi.portal.accounts.internal.UserAccountRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /account}: the signed-in user's own data and the way to the password change. */
@Controller
class AccountController {

    private final CountyAccess access;
    private final UserAccountRepository accounts;

    AccountController(CountyAccess access, UserAccountRepository accounts) {
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/account")
    String account(Model model) {
        PortalUser me = access.requireUser();
        model.addAttribute("me", me);
        model.addAttribute("email", accounts.findById(me.id()).map(UserAccount::getEmail).orElse(null));
        return "accounts/account";
    }
}
