package hu.kozossegi.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import hu.kozossegi.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A template calls no bean of another module: {@code @bean.method(...)} in {@code templates/<module>/} may name
 * only a bean of that module or of {@code shared} (as {@code @fmt}); the shared templates (layout, fragments,
 * error pages) only beans of {@code shared}. What another module shows on a page comes as a page section filled
 * by the page's controller ({@code home.DashboardSection}, {@code initiatives.InitiativePageSection}).
 */
@PortalIntegrationTest
class TemplateBeanTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern BEAN_CALL = Pattern.compile("[$*#]\\{[^}]*?@([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\.");
    private static final String BASE = "hu.kozossegi.portal.";

    @Autowired ApplicationContext context;

    @Test
    void templatesCallOnlyBeansOfTheirOwnModuleOrShared() throws IOException {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path relative = TEMPLATES.relativize(file);
                String owner = relative.getNameCount() > 1 ? relative.getName(0).toString() : "shared";
                if (owner.equals("fragments") || owner.equals("error")) {
                    owner = "shared";
                }
                Matcher m = BEAN_CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    calls++;
                    String module = moduleOf(m.group(1));
                    if (!module.equals("shared") && !module.equals(owner)) {
                        wrong.add(relative + ": @" + m.group(1) + " belongs to module " + module);
                    }
                }
            }
        }
        assertThat(calls).as("the pattern finds the shared @fmt calls").isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePatternSeesACallOfAnotherModulesBean() {
        Matcher m = BEAN_CALL.matcher("<li th:if=\"${@practiceService.mayEdit(i.countyCode)}\">");
        assertThat(m.find()).isTrue();
        assertThat(moduleOf(m.group(1))).isEqualTo("practices");
    }

    private String moduleOf(String bean) {
        assertThat(context.containsBean(bean)).as("bean @%s exists", bean).isTrue();
        String name = AopUtils.getTargetClass(context.getBean(bean)).getName();
        return name.startsWith(BASE) ? name.substring(BASE.length(), name.indexOf('.', BASE.length())) : "shared";
    }
}
