package hu.kozossegi.portal.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordForm(
        @NotBlank(message = "{password.error.currentRequired}") @Size(max = 200) String currentPassword,
        @NotBlank(message = "{password.error.newRequired}") @Size(max = 200) String newPassword,
        @NotBlank(message = "{password.error.confirmRequired}") @Size(max = 200) String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
