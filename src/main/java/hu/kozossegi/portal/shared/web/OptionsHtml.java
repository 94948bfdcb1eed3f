package hu.kozossegi.portal.shared.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The {@code <option>} elements of a filter's select written in one piece, for {@code fragments/lists :: options}
 * as the expression object {@code #choices.of(options, selected)}: a county's few hundred settlements were a
 * thousand attribute evaluations of the template, a third of the initiative list's time. Values and labels are
 * escaped by {@link OptionsMarkup}. (An expression object, not a {@code @bean}: Thymeleaf refuses bean references
 * inside a fragment's markup text.)
 */
@Component
public class OptionsHtml extends AbstractDialect implements IExpressionObjectDialect {

    private static final Choices CHOICES = new Choices();

    OptionsHtml() {
        super("portal-choices");
    }

    /** What {@code #choices} offers. */
    public static final class Choices {

        /** The options with the one whose value is {@code selected} (compared as text) selected. */
        public String of(List<Option> options, Object selected) {
            return OptionsMarkup.of(options).selecting(selected == null ? null : selected.toString());
        }
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("choices");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return CHOICES;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
