package hu.kozossegi.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Only in server tests: a route that fails, to show that a 500 never reveals a stack trace. */
@TestConfiguration
@RestController
public class FailingController {

    public static final String PATH = "/test-support/fail";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("SECRET-INTERNAL-DETAIL");
    }
}
