package hu.kozossegi.portal;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;

import hu.kozossegi.portal.shared.db.EmbeddedBackup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PortalApplication {

    /** Operator commands (e.g. {@code --portal.admin.reset-password=national}) run, print and exit. */
    private static final String OPERATOR_COMMAND = "--portal.admin.";

    public static void main(String[] args) {
        // Backup and restore of the embedded database run before Spring: no web server, no Flyway, no pool.
        OptionalInt exit = EmbeddedBackup.command(args, System.out, System.err);
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        SpringApplication.run(PortalApplication.class, operatorCommand(args) ? withPrivatePort(args) : args);
    }

    private static boolean operatorCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(OPERATOR_COMMAND));
    }

    /** The command needs the security and session beans of the web application, but no public port. */
    private static String[] withPrivatePort(String[] args) {
        return Stream.concat(Arrays.stream(args), Stream.of("--server.port=0", "--server.address=127.0.0.1"))
                .toArray(String[]::new);
    }
}
