package hu.kozossegi.portal.accounts.web;

import jakarta.validation.constraints.Size;

/** A one-time password set by the national office; blank generates one. */
record OneTimePasswordForm(@Size(max = 200) String password) {

    static OneTimePasswordForm empty() {
        return new OneTimePasswordForm("");
    }
}
