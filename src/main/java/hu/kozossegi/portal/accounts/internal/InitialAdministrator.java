package hu.kozossegi.portal.accounts.internal;

import hu.kozossegi.portal.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start outside the demo profile against an empty database: one national office account with a
 * random password, printed once to the log, to be changed at first sign-in.
 */
@Component
@Profile("!demo")
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    InitialAdministrator(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String password = randomPassword(20);
        accounts.save(new UserAccount(USERNAME, "Országos iroda", null, Role.NATIONAL_OFFICE, null,
                encoder.encode(password), true));
        log.warn("""

                ==========================================================================
                 First start: created the national office account '{}'
                 with the one-time password: {}
                 It must be changed at first sign-in. This is the only time it is shown.
                ==========================================================================""", USERNAME, password);
    }

    static String randomPassword(int length) {
        return OneTimePasswords.generate(length);
    }
}
