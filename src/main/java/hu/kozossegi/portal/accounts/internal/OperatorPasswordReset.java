package hu.kozossegi.portal.accounts.internal;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The operator's way back in when the national office account is locked, disabled or its password lost:
 * {@code java -jar portal.jar --portal.admin.reset-password=<username>} starts without a web server (see
 * {@code PortalApplication}), makes the account usable with a new one-time password, prints it and exits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperatorPasswordReset implements ApplicationRunner {

    static final String OPTION = "portal.admin.reset-password";

    private final AccountAdministration admin;
    private final ConfigurableApplicationContext context;

    OperatorPasswordReset(AccountAdministration admin, ConfigurableApplicationContext context) {
        this.admin = admin;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = execute(args.getOptionValues(OPTION), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Resets the named account and prints its one-time password to {@code out}; returns the exit status. */
    int execute(List<String> values, PrintStream out) {
        if (values.size() != 1 || values.get(0).isBlank()) {
            out.println("Usage: --" + OPTION + "=<username>");
            return 2;
        }
        try {
            String oneTime = admin.resetByOperator(values.get(0).trim());
            out.println("Account '" + values.get(0).trim() + "' is active and unlocked; its sessions have ended.");
            out.println("One-time password (to be changed at the next sign-in): " + oneTime);
            return 0;
        }
        catch (IllegalArgumentException unknown) {
            out.println(unknown.getMessage());
            return 1;
        }
    }
}
