package hu.kozossegi.portal.shared.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * Puts the error summary in the order of the form (GOV.UK): Bean Validation reports violations in no particular
 * order, so the errors are sorted by where their field is declared in the form object, which lists its fields in
 * the order the form shows them. Errors of the whole form come first. Used by {@code fragments/forms}:
 * {@code ${@errorOrder.sorted(#fields.detailedErrors(), formFieldOrder)}}.
 */
@Component("errorOrder")
public class ErrorOrder {

    private static final Map<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();

    public List<DetailedError> sorted(List<DetailedError> errors, List<String> fieldOrder) {
        if (fieldOrder == null || errors.size() < 2) {
            return errors;
        }
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt((DetailedError e) -> e.isGlobal() ? -1 : position(e.getFieldName(), fieldOrder))
                .thenComparing(e -> e.isGlobal() ? "" : e.getFieldName()));
        return sorted;
    }

    private static int position(String fieldName, List<String> fieldOrder) {
        String top = fieldName.split("[.\\[]", 2)[0];
        int index = fieldOrder.indexOf(top);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** The names of a form object's fields in declaration order, superclasses first. */
    static List<String> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, ErrorOrder::declared);
    }

    private static List<String> declared(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return List.copyOf(names);
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<String> own = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    own.add(field.getName());
                }
            }
            names.addAll(0, own);
        }
        return List.copyOf(names);
    }
}
